package org.pomegranate.organization;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.ClassPathResource;

/**
 * A file of divisions, {@code code,name_zh,name_en,level,parent_code} with levels
 * {@code prefecture|county|township}, read line by line. Problems are kept with their line
 * numbers instead of thrown, so that a person sees every bad row at once.
 */
public final class DivisionsFile {

	/** The real divisions of Haixi (see {@code organization/README.md}). */
	public static final String BUNDLED = "organization/haixi-divisions.csv";

	static final String HEADER = "code,name_zh,name_en,level,parent_code";

	/** The header line every file starts with. */
	public static final String HEADER_FOR_TESTS = HEADER;
	private static final int MAX_ROWS = 20_000;

	/** One division as the file gives it. */
	public record Row(int line, String code, String nameZh, String nameEn, OrgLevel level, String parentCode) {
	}

	/** A problem with one line (0: the file as a whole), as a message key with its argument. */
	public record LineError(int line, String messageKey, String value) {
	}

	private final List<Row> rows;
	private final List<LineError> errors;

	private DivisionsFile(List<Row> rows, List<LineError> errors) {
		this.rows = List.copyOf(rows);
		this.errors = List.copyOf(errors);
	}

	public List<Row> rows() {
		return rows;
	}

	public List<LineError> errors() {
		return errors;
	}

	/** The Haixi file shipped with the application. */
	public static DivisionsFile bundled() {
		try (InputStream in = new ClassPathResource(BUNDLED).getInputStream()) {
			return read(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static DivisionsFile read(InputStream in) throws IOException {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(in.readAllBytes())).toString();
		}
		catch (CharacterCodingException e) {
			return new DivisionsFile(List.of(), List.of(new LineError(0, "divisions.error.notUtf8", "")));
		}
		String[] lines = text.replace("\uFEFF", "").split("\r?\n", -1);
		List<Row> rows = new ArrayList<>();
		List<LineError> errors = new ArrayList<>();
		if (!lines[0].strip().equalsIgnoreCase(HEADER)) {
			return new DivisionsFile(List.of(), List.of(new LineError(1, "divisions.error.header", HEADER)));
		}
		for (int i = 1; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			if (rows.size() + errors.size() >= MAX_ROWS) {
				errors.add(new LineError(i + 1, "divisions.error.tooMany", String.valueOf(MAX_ROWS)));
				break;
			}
			row(i + 1, line, rows, errors);
		}
		if (rows.isEmpty() && errors.isEmpty()) {
			errors.add(new LineError(0, "divisions.error.empty", ""));
		}
		return new DivisionsFile(rows, errors);
	}

	private static void row(int number, String line, List<Row> rows, List<LineError> errors) {
		if (line.chars().anyMatch(c -> c == '"')) {
			// names with commas or quotes are not in the shape; refused rather than half-understood
			errors.add(new LineError(number, "divisions.error.quotes", ""));
			return;
		}
		String[] cells = line.split(",", -1);
		if (cells.length != 5) {
			errors.add(new LineError(number, "divisions.error.columns", String.valueOf(cells.length)));
			return;
		}
		OrgLevel level = switch (cells[3].strip()) {
			case "prefecture" -> OrgLevel.PREFECTURE;
			case "county" -> OrgLevel.COUNTY;
			case "township" -> OrgLevel.STREET;
			default -> null;
		};
		if (level == null) {
			errors.add(new LineError(number, "divisions.error.level", cells[3].strip()));
			return;
		}
		rows.add(new Row(number, cells[0].strip(), cells[1].strip(), cells[2].strip(), level, cells[4].strip()));
	}
}
