package nl.leiden.healthysociety.service.accord;

import static nl.leiden.healthysociety.domain.account.Role.Names.BEHEERDER;
import static nl.leiden.healthysociety.domain.account.Role.Names.MEDEWERKER;
import static nl.leiden.healthysociety.domain.account.Role.Names.PARTNER;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import nl.leiden.healthysociety.domain.accord.IndicatorStatus;
import nl.leiden.healthysociety.domain.initiative.Initiative;
import nl.leiden.healthysociety.domain.initiative.InitiativeQuery;
import nl.leiden.healthysociety.domain.initiative.InitiativeRepository;
import nl.leiden.healthysociety.domain.initiative.InitiativeSort;
import nl.leiden.healthysociety.service.exchange.PdfDocument;

/**
 * The progress report of an accord for the city council, as PDF, in Dutch: per ambition its goals, the text a
 * medewerker wrote, each indicator's status and figures with a chart over time, and the initiatives linked to it.
 */
@Stateless
@RolesAllowed({BEHEERDER, MEDEWERKER, PARTNER})
public class AccordReportService {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final int INITIATIVES_LISTED = 40;

    @Inject
    AccordService accords;

    @Inject
    InitiativeRepository initiatives;

    public byte[] report(long accordId) {
        AccordDashboard dashboard = accords.dashboard(accordId);
        AccordSummary accord = dashboard.accord();
        PdfDocument pdf = new PdfDocument()
                .title("Voortgangsrapportage preventieakkoord " + accord.name() + " " + accord.startYear() + "-"
                        + accord.endYear())
                .paragraph("Leiden Healthy Society Center, gemaakt op " + LocalDate.now(ZoneId.of("Europe/Amsterdam"))
                        .format(DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH)) + ".");
        if (dashboard.illustrative()) {
            pdf.paragraph("Let op: de meetwaarden in dit rapport zijn illustratief (voorbeeldcijfers), geen echte "
                    + "metingen.");
        }
        pdf.paragraph("Status: de laatste meting voor heel Leiden ligt op koers als die minstens zo goed is als de "
                + "rechte lijn van nulmeting naar doel voor dat jaar aangeeft; anders loopt de indicator achter.");
        for (AmbitionProgress ambition : dashboard.ambitions()) {
            pdf.heading(ambition.name());
            ambition.goals().forEach(goal -> pdf.paragraph("- " + goal));
            pdf.paragraph(ambition.reportText() == null ? "(Nog geen toelichting geschreven.)" : ambition.reportText());
            pdf.paragraph(ambition.getOnCourse() + " op koers, " + ambition.getBehind() + " achter, "
                    + ambition.getNoData() + " zonder data.");
            for (IndicatorProgress progress : ambition.indicators()) {
                indicator(pdf, progress);
            }
            linkedInitiatives(pdf, ambition.id());
        }
        return pdf.toBytes();
    }

    private void indicator(PdfDocument pdf, IndicatorProgress progress) {
        IndicatorView indicator = progress.indicator();
        pdf.keep(140).space(4).boldLine(indicator.name() + ": " + status(progress.status()));
        pdf.paragraph("Laatste meting: " + figure(progress.latestValue())
                + (progress.latestPeriod() == null ? "" : " (" + progress.latestPeriod() + ")") + "; volgens de lijn: "
                + figure(progress.expectedValue()) + "; doel: "
                + figure(indicator.targetValue() == null ? null : indicator.targetValue().doubleValue())
                + (indicator.targetYear() == null ? "" : " (" + indicator.targetYear() + ")") + "; "
                + (indicator.direction().name().startsWith("LOWER") ? "lager is beter" : "hoger is beter") + ".");
        IndicatorDetails details = accords.indicator(indicator.id());
        List<double[]> aim = new ArrayList<>();
        if (indicator.baselineYear() != null && indicator.baselineValue() != null && indicator.targetYear() != null
                && indicator.targetValue() != null) {
            aim.add(new double[]{indicator.baselineYear(), indicator.baselineValue().doubleValue()});
            aim.add(new double[]{indicator.targetYear(), indicator.targetValue().doubleValue()});
        }
        pdf.lineChart(details.cityOverTime().stream().map(MeasurementView::period).toList(),
                details.cityOverTime().stream().map(m -> m.value().doubleValue()).toList(), aim, 70);
    }

    private void linkedInitiatives(PdfDocument pdf, long ambitionId) {
        InitiativeQuery query = new InitiativeQuery(null, null, ambitionId, null, null, null, null, null, null, false);
        long count = initiatives.count(query);
        pdf.space(4).boldLine("Bijdragende initiatieven (" + count + ")");
        if (count == 0) {
            pdf.paragraph("Nog geen initiatief gekoppeld aan deze ambitie.");
            return;
        }
        for (Initiative initiative : initiatives.search(query, InitiativeSort.Order.DEFAULT, 0, INITIATIVES_LISTED)) {
            pdf.paragraph("- " + initiative.getTitle());
        }
        if (count > INITIATIVES_LISTED) {
            pdf.paragraph("en " + (count - INITIATIVES_LISTED) + " meer.");
        }
    }

    private static String status(IndicatorStatus status) {
        return switch (status) {
            case OP_KOERS -> "op koers";
            case ACHTER -> "achter";
            case GEEN_DATA -> "geen data";
        };
    }

    private static String figure(Double value) {
        if (value == null) {
            return "-";
        }
        NumberFormat format = NumberFormat.getNumberInstance(DUTCH);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }
}
