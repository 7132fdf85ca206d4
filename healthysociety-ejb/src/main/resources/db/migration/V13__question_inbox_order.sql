-- The Meeting Point's inbox lists questions newest first (the id breaks ties), one page at a time. In that order the
-- database reads the newest questions from this index and stops after one page, instead of reading every question
-- of the chosen statuses and sorting them all. Runs on PostgreSQL and H2.
create index question_created_ix on question (created_at, id);
