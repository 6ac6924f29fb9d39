package org.pomegranate.imports.internal;

import java.util.function.IntConsumer;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Passes the sheet's XML to POI's cell handler and notes what that handler does not tell: which
 * cells hold formulas, the merged ranges, and the sheet's stated size.
 */
class SheetWatch extends DefaultHandler {

	private final XSSFSheetXMLHandler cells;
	private final RowCollector collector;
	private final IntConsumer size;
	private String cellRef;

	SheetWatch(XSSFSheetXMLHandler cells, RowCollector collector, IntConsumer size) {
		this.cells = cells;
		this.collector = collector;
		this.size = size;
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
		switch (localName) {
			case "c" -> cellRef = attributes.getValue("r");
			case "f" -> collector.formulaIn(cellRef);
			case "mergeCell" -> collector.merged(attributes.getValue("ref"));
			case "dimension" -> lastRowOf(attributes.getValue("ref"));
			default -> {
			}
		}
		cells.startElement(uri, localName, qName, attributes);
	}

	@Override
	public void endElement(String uri, String localName, String qName) throws SAXException {
		cells.endElement(uri, localName, qName);
	}

	@Override
	public void characters(char[] ch, int start, int length) throws SAXException {
		cells.characters(ch, start, length);
	}

	private void lastRowOf(String ref) {
		try {
			if (ref != null) {
				size.accept(CellRangeAddress.valueOf(ref.contains(":") ? ref : ref + ":" + ref).getLastRow() + 1);
			}
		}
		catch (IllegalArgumentException e) {
			// a size we cannot read only costs the progress bar its estimate
		}
	}
}
