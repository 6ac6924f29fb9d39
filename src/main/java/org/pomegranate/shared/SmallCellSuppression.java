package org.pomegranate.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Hides small counts in any published figure about groups of people (survey answers, ethnicity or
 * language in aggregate): a count under {@value #THRESHOLD} is shown as {@value #HIDDEN}, and enough
 * further cells are hidden (secondary suppression) that no hidden count can be worked out exactly
 * from the visible cells and the row, column and grand totals.
 * <p>
 * The table with its totals is treated as one grid in which every line (row or column, the total
 * included) is a sum equation. Suppressed entries are the edges of a bipartite graph between the
 * lines; an entry can be derived exactly precisely when its edge lies on no cycle of that graph (it is
 * a "bridge"). So the rule iterates until no suppressed entry is a bridge: a line with a single hidden
 * entry hides its smallest other entry; a bridge between two groups of hidden entries is closed into
 * a cycle by hiding the smallest entry that joins the two groups. Zero counts are hidden as well,
 * because "none of this group" is as telling as "three of them".
 */
public final class SmallCellSuppression {

	/** Counts below this are never shown. */
	public static final int THRESHOLD = 10;

	/** What a count under the threshold shows. */
	public static final String HIDDEN = "< 10";

	/**
	 * What a count hidden only to protect another shows: it is not small, so "< 10" would be untrue;
	 * pages explain the mark in a footnote.
	 */
	public static final String PROTECTING = "*";

	private SmallCellSuppression() {
	}

	/** Suppresses a table of counts (rows × columns, every row the same length, at least 1 × 1). */
	public static Table suppress(long[][] cells) {
		int rows = cells.length;
		if (rows == 0 || cells[0].length == 0) {
			throw new IllegalArgumentException("a table needs at least one cell");
		}
		int cols = cells[0].length;
		long[][] grid = new long[rows + 1][cols + 1];
		for (int i = 0; i < rows; i++) {
			if (cells[i].length != cols) {
				throw new IllegalArgumentException("rows of different lengths");
			}
			for (int j = 0; j < cols; j++) {
				if (cells[i][j] < 0) {
					throw new IllegalArgumentException("negative count");
				}
				grid[i][j] = cells[i][j];
				grid[i][cols] += cells[i][j];
				grid[rows][j] += cells[i][j];
				grid[rows][cols] += cells[i][j];
			}
		}
		boolean[][] hidden = new boolean[rows + 1][cols + 1];
		for (int i = 0; i <= rows; i++) {
			for (int j = 0; j <= cols; j++) {
				hidden[i][j] = grid[i][j] < THRESHOLD;
			}
		}
		while (hideOneMore(grid, hidden)) {
			// each round hides one more entry; a fully hidden grid has no bridge, so this ends
		}
		return new Table(grid, hidden);
	}

	/** A single breakdown (one row: the counts per option) with its total. */
	public static Table suppress(long... counts) {
		return suppress(new long[][] { counts });
	}

	/** Hides one entry that a single line or a bridge would reveal; false when none is left. */
	private static boolean hideOneMore(long[][] grid, boolean[][] hidden) {
		int rows = grid.length, cols = grid[0].length;
		for (int i = 0; i < rows; i++) {
			if (countInRow(hidden, i) == 1) {
				return hideSmallest(grid, hidden, List.of(i), allColumns(cols), false, true);
			}
		}
		for (int j = 0; j < cols; j++) {
			if (countInColumn(hidden, j) == 1) {
				return hideSmallest(grid, hidden, allRows(rows), List.of(j), true, false);
			}
		}
		for (int i = 0; i < rows; i++) {
			for (int j = 0; j < cols; j++) {
				if (hidden[i][j]) {
					boolean[][] sides = sidesWithout(hidden, i, j);
					if (sides != null) {
						// rows on the column's side × columns on the row's side close a cycle through (i, j)
						List<Integer> joinRows = new ArrayList<>();
						List<Integer> joinCols = new ArrayList<>();
						for (int r = 0; r < rows; r++) {
							if (sides[0][r]) {
								joinRows.add(r);
							}
						}
						for (int c = 0; c < cols; c++) {
							if (sides[1][c]) {
								joinCols.add(c);
							}
						}
						return hideSmallest(grid, hidden, joinRows, joinCols, true, true);
					}
				}
			}
		}
		return false;
	}

	/**
	 * With the edge (row, col) taken out, whether row and column fall apart. If so: [0] marks the rows
	 * still connected to the column, [1] the columns still connected to the row; otherwise null.
	 */
	private static boolean[][] sidesWithout(boolean[][] hidden, int row, int col) {
		int rows = hidden.length, cols = hidden[0].length;
		boolean[] seenRows = new boolean[rows], seenCols = new boolean[cols];
		// walk from the row
		reach(hidden, row, -1, row, col, seenRows, seenCols);
		if (seenCols[col]) {
			return null;
		}
		boolean[] rowSideCols = seenCols.clone();
		boolean[] colSideRows = new boolean[rows];
		boolean[] colSideCols = new boolean[cols];
		reach(hidden, -1, col, row, col, colSideRows, colSideCols);
		return new boolean[][] { colSideRows, rowSideCols };
	}

	private static void reach(boolean[][] hidden, int startRow, int startCol, int skipRow, int skipCol,
			boolean[] seenRows, boolean[] seenCols) {
		int rows = hidden.length, cols = hidden[0].length;
		java.util.ArrayDeque<int[]> todo = new java.util.ArrayDeque<>();
		if (startRow >= 0) {
			seenRows[startRow] = true;
			todo.add(new int[] { 0, startRow });
		}
		else {
			seenCols[startCol] = true;
			todo.add(new int[] { 1, startCol });
		}
		while (!todo.isEmpty()) {
			int[] node = todo.poll();
			if (node[0] == 0) {
				for (int c = 0; c < cols; c++) {
					if (hidden[node[1]][c] && !(node[1] == skipRow && c == skipCol) && !seenCols[c]) {
						seenCols[c] = true;
						todo.add(new int[] { 1, c });
					}
				}
			}
			else {
				for (int r = 0; r < rows; r++) {
					if (hidden[r][node[1]] && !(r == skipRow && node[1] == skipCol) && !seenRows[r]) {
						seenRows[r] = true;
						todo.add(new int[] { 0, r });
					}
				}
			}
		}
	}

	/**
	 * Hides the best candidate: one whose crossing line (the column when a row is being fixed, and so
	 * on) also has a single hidden entry, so that hiding it settles two lines at once; among those the
	 * smallest, so that as little as possible is lost.
	 */
	private static boolean hideSmallest(long[][] grid, boolean[][] hidden, List<Integer> rows, List<Integer> cols,
			boolean crossingRows, boolean crossingCols) {
		int bestRow = -1, bestCol = -1;
		boolean bestPairs = false;
		for (int r : rows) {
			for (int c : cols) {
				if (hidden[r][c]) {
					continue;
				}
				boolean pairs = (crossingRows && countInRow(hidden, r) == 1)
						|| (crossingCols && countInColumn(hidden, c) == 1);
				if (bestRow < 0 || (pairs && !bestPairs)
						|| (pairs == bestPairs && grid[r][c] < grid[bestRow][bestCol])) {
					bestRow = r;
					bestCol = c;
					bestPairs = pairs;
				}
			}
		}
		if (bestRow < 0) {
			return false;
		}
		hidden[bestRow][bestCol] = true;
		return true;
	}

	private static int countInRow(boolean[][] hidden, int row) {
		int n = 0;
		for (boolean h : hidden[row]) {
			n += h ? 1 : 0;
		}
		return n;
	}

	private static int countInColumn(boolean[][] hidden, int col) {
		int n = 0;
		for (boolean[] row : hidden) {
			n += row[col] ? 1 : 0;
		}
		return n;
	}

	private static List<Integer> allRows(int rows) {
		List<Integer> all = new ArrayList<>();
		for (int i = 0; i < rows; i++) {
			all.add(i);
		}
		return all;
	}

	private static List<Integer> allColumns(int cols) {
		return allRows(cols);
	}

	/**
	 * A suppressed table. Indices run over the cells and then the totals: row {@link #rows()} holds
	 * the column totals, column {@link #columns()} the row totals, and their corner the grand total.
	 */
	public static final class Table {

		private final long[][] grid;
		private final boolean[][] hidden;

		private Table(long[][] grid, boolean[][] hidden) {
			this.grid = grid;
			this.hidden = hidden;
		}

		/** Number of rows of cells (without the totals row). */
		public int rows() {
			return grid.length - 1;
		}

		/** Number of columns of cells (without the totals column). */
		public int columns() {
			return grid[0].length - 1;
		}

		public boolean isHidden(int row, int col) {
			return hidden[row][col];
		}

		/** The count when it may be published, otherwise {@code null}. */
		public Long visible(int row, int col) {
			return hidden[row][col] ? null : grid[row][col];
		}

		/**
		 * The count as published: the number, {@value SmallCellSuppression#HIDDEN} for a small count,
		 * {@value SmallCellSuppression#PROTECTING} for one hidden to protect a small one.
		 */
		public String shown(int row, int col) {
			if (!hidden[row][col]) {
				return Long.toString(grid[row][col]);
			}
			return grid[row][col] < THRESHOLD ? HIDDEN : PROTECTING;
		}

		/** Whether any entry was hidden only to protect another: pages then show the footnote. */
		public boolean hasProtecting() {
			for (int i = 0; i < grid.length; i++) {
				for (int j = 0; j < grid[i].length; j++) {
					if (hidden[i][j] && grid[i][j] >= THRESHOLD) {
						return true;
					}
				}
			}
			return false;
		}

		public String rowTotal(int row) {
			return shown(row, columns());
		}

		public String columnTotal(int col) {
			return shown(rows(), col);
		}

		public String grandTotal() {
			return shown(rows(), columns());
		}

		/** One row as published, the row total last. */
		public List<String> shownRow(int row) {
			List<String> out = new ArrayList<>();
			for (int j = 0; j <= columns(); j++) {
				out.add(shown(row, j));
			}
			return out;
		}

		@Override
		public String toString() {
			StringBuilder s = new StringBuilder();
			for (int i = 0; i <= rows(); i++) {
				s.append(shownRow(i)).append('\n');
			}
			return s.toString();
		}

		/** Every hidden flag, for tests and callers that draw their own table. */
		public boolean[][] hiddenFlags() {
			return Arrays.stream(hidden).map(boolean[]::clone).toArray(boolean[][]::new);
		}
	}
}
