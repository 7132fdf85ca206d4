package nl.leiden.healthysociety.domain.question;

import java.time.Instant;
import java.util.Objects;

import nl.leiden.healthysociety.domain.shared.NotRecorded;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A file sent with a question. The content type is the one found in the file's content, not the one its name or
 * the browser claims. Stored in the database (a few megabytes at most), so it is backed up and erased with the
 * question.
 */
@Entity
@Table(name = "question_attachment")
public class QuestionAttachment {

    public static final int FILE_NAME_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id", nullable = false)
    private Question question;

    @Column(name = "file_name", nullable = false, length = FILE_NAME_MAX)
    @NotRecorded
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    /**
     * A bytea (PostgreSQL) or binary varying (H2) column without a length of its own; no length here either, since
     * a large one makes Hibernate expect a blob on H2. The Meeting Point's own limit keeps files small.
     */
    @Column(name = "content", nullable = false)
    @NotRecorded
    private byte[] content;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected QuestionAttachment() {
        // for JPA
    }

    public QuestionAttachment(Question question, String fileName, String contentType, byte[] content, Instant now) {
        this.question = Objects.requireNonNull(question);
        this.fileName = Objects.requireNonNull(fileName);
        this.contentType = Objects.requireNonNull(contentType);
        this.content = content.clone();
        this.size = content.length;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public Question getQuestion() {
        return question;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other
                || other instanceof QuestionAttachment that && getId() != null && getId().equals(that.getId());
    }

    @Override
    public int hashCode() {
        return QuestionAttachment.class.hashCode();
    }
}
