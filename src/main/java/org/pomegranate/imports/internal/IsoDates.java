package org.pomegranate.imports.internal;

import java.time.LocalDate;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Cell text as Excel shows it, except dates: those come out as ISO dates whatever the cell's
 * display format, so that "1/2/26" in one office's locale cannot be read as another day.
 */
class IsoDates extends DataFormatter {

	@Override
	public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
		if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
			LocalDate date = DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate();
			return date.toString();
		}
		return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
	}
}
