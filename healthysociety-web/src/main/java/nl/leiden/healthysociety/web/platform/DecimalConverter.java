package nl.leiden.healthysociety.web.platform;

import java.math.BigDecimal;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import nl.leiden.healthysociety.domain.shared.Decimals;
import nl.leiden.healthysociety.web.i18n.Bundle;

/**
 * A decimal number as people type it: "12,5" (Dutch) or "12.5", without thousands separators, so neither can be
 * misread as the other. Shown with the visitor's decimal separator.
 */
@FacesConverter("healthysociety.Decimal")
public class DecimalConverter implements Converter<BigDecimal> {

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        try {
            return Decimals.parse(value);
        } catch (NumberFormatException e) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Bundle.forLocale(context.getViewRoot().getLocale()).text("validation.number"), null));
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        if (value == null) {
            return "";
        }
        String plain = value.stripTrailingZeros().toPlainString();
        boolean dutch = !"en".equals(context.getViewRoot().getLocale().getLanguage());
        return dutch ? plain.replace('.', ',') : plain;
    }
}
