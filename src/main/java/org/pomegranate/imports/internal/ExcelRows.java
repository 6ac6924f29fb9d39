package org.pomegranate.imports.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import org.apache.poi.EmptyFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an .xlsx file row by row with the streaming (SAX) reader, so a file of
 * 200,000 rows needs no more memory than one of ten. Checks the content, not the name: anything
 * that is not an Office Open XML package is refused.
 */
public final class ExcelRows {

	/** More rows than any office's file of one kind; beyond it the file is refused, not cut. */
	public static final int MAX_ROWS = 200_000;
	/** This many blank rows in a row end the data: a sheet "formatted to the bottom" stops here. */
	public static final int MAX_BLANK_RUN = 1_000;

	private ExcelRows() {
	}

	/**
	 * @param columns how many columns to keep of each row
	 * @param rows    receives each row that is not blank, in order
	 * @param size    receives the sheet's own statement of its last row, when it has one (for progress)
	 * @return what the reader saw of the sheet as a whole
	 */
	public static SheetFacts read(Path file, int columns, Consumer<SheetRow> rows, IntConsumer size)
			throws FileProblem {
		requireExcel(file);
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(pkg);
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw new FileProblem("import.file.noSheet", "");
			}
			RowCollector collector = new RowCollector(columns, rows);
			try (InputStream sheet = sheets.next()) {
				XMLReader parser = XMLHelper.newXMLReader();
				XSSFSheetXMLHandler cells = new XSSFSheetXMLHandler(reader.getStylesTable(), null,
						new ReadOnlySharedStringsTable(pkg), collector, new IsoDates(), false);
				parser.setContentHandler(new SheetWatch(cells, collector, size));
				parser.parse(new InputSource(sheet));
			}
			catch (RowCollector.StopReading stop) {
				// enough blank rows: the data ended
			}
			return collector.facts();
		}
		catch (RowCollector.CallbackFailure e) {
			throw (RuntimeException) e.getCause();
		}
		catch (RowCollector.TooManyRows e) {
			throw new FileProblem("import.file.tooManyRows", String.valueOf(MAX_ROWS));
		}
		catch (IOException | OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException
				| RuntimeException e) {
			// a broken package, a sheet that is not XML, a zip bomb refused by POI: not a file we can read
			throw new FileProblem("import.file.notExcel", "");
		}
	}

	private static void requireExcel(Path file) throws FileProblem {
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
			FileMagic magic = FileMagic.valueOf(in);
			if (magic == FileMagic.OLE2) {
				throw new FileProblem("import.file.oldExcel", "");
			}
			if (magic != FileMagic.OOXML) {
				throw new FileProblem("import.file.notExcel", "");
			}
		}
		catch (EmptyFileException e) {
			throw new FileProblem("import.file.notExcel", "");
		}
		catch (IOException e) {
			throw new FileProblem("import.file.notExcel", "");
		}
	}
}
