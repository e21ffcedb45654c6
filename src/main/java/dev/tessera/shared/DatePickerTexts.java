package dev.tessera.shared;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.i18n.I18NProvider;
import java.text.DateFormatSymbols;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A date picker in the page's language: month and day names and the first day of the week from the locale's data,
 * its buttons from the bundles; dates are written as ISO dates ({@code 2026-12-06}) in every language.
 */
public final class DatePickerTexts {

    private DatePickerTexts() {}

    public static DatePicker.DatePickerI18n i18n(Locale locale) {
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        // Java's weeks start on Sunday at index 1; the date picker counts from Sunday at 0.
        List<String> weekdays = Arrays.asList(symbols.getWeekdays()).subList(1, 8);
        List<String> weekdaysShort = Arrays.asList(symbols.getShortWeekdays()).subList(1, 8);
        return new DatePicker.DatePickerI18n()
                .setDateFormat("yyyy-MM-dd")
                .setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12))
                .setWeekdays(weekdays)
                .setWeekdaysShort(weekdaysShort)
                .setFirstDayOfWeek(WeekFields.of(locale).getFirstDayOfWeek().getValue() % 7)
                .setToday(I18NProvider.translate("date-picker.today"))
                .setCancel(I18NProvider.translate("date-picker.cancel"));
    }
}
