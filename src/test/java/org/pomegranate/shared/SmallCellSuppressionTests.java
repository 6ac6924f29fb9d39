package org.pomegranate.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Attacks the small-cell suppression with random tables: from what is published (visible cells and
 * totals) no hidden count may be worked out exactly by row and column sums and differences. The
 * tables are drawn from a new seed on every run; a failure names the seed to replay it.
 */
class SmallCellSuppressionTests {

	private static final long P = 1_000_000_007L;

	private static final int TRIES = 1500;

	@Test
	void noHiddenCountCanBeDerivedFromThePublishedTable() {
		long seed = System.nanoTime();
		Random random = new Random(seed);
		for (int t = 0; t < TRIES; t++) {
			long[][] cells = table(random);
			try {
				attack(cells);
			}
			catch (AssertionError failed) {
				throw new AssertionError("seed " + seed + ", table " + t + ": " + failed.getMessage(), failed);
			}
		}
	}

	private static void attack(long[][] cells) {
		SmallCellSuppression.Table table = SmallCellSuppression.suppress(cells);
		long[][] grid = withTotals(cells);
		boolean[][] hidden = table.hiddenFlags();
		int rows = grid.length, cols = grid[0].length;
		for (int i = 0; i < rows; i++) {
			for (int j = 0; j < cols; j++) {
				if (grid[i][j] < SmallCellSuppression.THRESHOLD) {
					assertThat(hidden[i][j]).as("small entry (%d,%d) of %s", i, j, table).isTrue();
					assertThat(table.shown(i, j)).isEqualTo("< 10");
				}
				else if (!hidden[i][j]) {
					assertThat(table.shown(i, j)).isEqualTo(Long.toString(grid[i][j]));
				}
			}
		}
		// the rule as stated: every line with a hidden entry (its total counted in the line) hides at least two
		for (int i = 0; i < rows; i++) {
			int n = 0;
			for (int j = 0; j < cols; j++) {
				n += hidden[i][j] ? 1 : 0;
			}
			assertThat(n).as("row %d of %s", i, table).isNotEqualTo(1);
		}
		for (int j = 0; j < cols; j++) {
			int n = 0;
			for (int i = 0; i < rows; i++) {
				n += hidden[i][j] ? 1 : 0;
			}
			assertThat(n).as("column %d of %s", j, table).isNotEqualTo(1);
		}
		// and the attack itself: linear algebra over every line equation of the published table
		for (int[] unknown : hiddenEntries(hidden)) {
			assertThat(derivable(hidden, unknown)).as("entry (%d,%d) can be worked out from %s", unknown[0], unknown[1],
					table).isFalse();
		}
	}

	@Test
	void aSingleSmallCellTakesTheSmallestOtherOfItsRowAndColumnWithIt() {
		SmallCellSuppression.Table t = SmallCellSuppression.suppress(new long[][] { { 3, 40, 25 }, { 30, 12, 50 } });
		assertThat(t.shownRow(0)).containsExactly("< 10", "40", "*", "68");
		assertThat(t.shownRow(1)).containsExactly("*", "12", "*", "92");
		assertThat(t.shownRow(2)).containsExactly("33", "52", "75", "160");
		assertThat(t.hasProtecting()).isTrue();
	}

	@Test
	void aBreakdownWithOneSmallOptionHidesTheNextSmallest() {
		SmallCellSuppression.Table t = SmallCellSuppression.suppress(4, 31, 18, 22);
		assertThat(t.shownRow(0)).containsExactly("< 10", "31", "*", "22", "75");
	}

	@Test
	void aSmallTotalHidesEverything() {
		SmallCellSuppression.Table t = SmallCellSuppression.suppress(4, 3);
		assertThat(t.shownRow(0)).containsExactly("< 10", "< 10", "< 10");
	}

	@Test
	void nothingSmallNothingHidden() {
		SmallCellSuppression.Table t = SmallCellSuppression.suppress(new long[][] { { 10, 20 }, { 30, 40 } });
		assertThat(t.toString()).doesNotContain("<").doesNotContain("*");
	}

	@Test
	void aBridgeBetweenTwoHiddenBlocksIsClosed() {
		// two 2×2 blocks of small cells joined through one small cell: that one would follow from the blocks' sums
		long[][] cells = { { 1, 2, 3, 50, 60 }, { 4, 5, 70, 80, 90 }, { 60, 70, 6, 7, 80 }, { 90, 80, 8, 9, 70 } };
		SmallCellSuppression.Table t = SmallCellSuppression.suppress(cells);
		for (int[] unknown : hiddenEntries(t.hiddenFlags())) {
			assertThat(derivable(t.hiddenFlags(), unknown)).isFalse();
		}
	}

	/** 1–6 rows and columns; counts small (0–9) in 4 of 10 cells, moderate in 5, anything up to 3,000 in 1. */
	private static long[][] table(Random random) {
		long[][] cells = new long[1 + random.nextInt(6)][1 + random.nextInt(6)];
		for (long[] row : cells) {
			for (int j = 0; j < row.length; j++) {
				int kind = random.nextInt(10);
				row[j] = kind < 4 ? random.nextInt(10) : kind < 9 ? 10 + random.nextInt(71) : random.nextInt(3001);
			}
		}
		return cells;
	}

	private static long[][] withTotals(long[][] cells) {
		int rows = cells.length, cols = cells[0].length;
		long[][] grid = new long[rows + 1][cols + 1];
		for (int i = 0; i < rows; i++) {
			for (int j = 0; j < cols; j++) {
				grid[i][j] = cells[i][j];
				grid[i][cols] += cells[i][j];
				grid[rows][j] += cells[i][j];
				grid[rows][cols] += cells[i][j];
			}
		}
		return grid;
	}

	private static List<int[]> hiddenEntries(boolean[][] hidden) {
		List<int[]> out = new ArrayList<>();
		for (int i = 0; i < hidden.length; i++) {
			for (int j = 0; j < hidden[i].length; j++) {
				if (hidden[i][j]) {
					out.add(new int[] { i, j });
				}
			}
		}
		return out;
	}

	/**
	 * Whether the unknown is fixed by the line equations: its unit vector lies in the row space of the
	 * equations restricted to the hidden entries (rank over a large prime field, exact for these ±1 systems).
	 */
	private static boolean derivable(boolean[][] hidden, int[] unknown) {
		List<int[]> vars = hiddenEntries(hidden);
		int rows = hidden.length, cols = hidden[0].length;
		List<long[]> equations = new ArrayList<>();
		for (int i = 0; i < rows; i++) {
			long[] eq = new long[vars.size()];
			for (int v = 0; v < vars.size(); v++) {
				if (vars.get(v)[0] == i) {
					eq[v] = vars.get(v)[1] == cols - 1 ? P - 1 : 1;
				}
			}
			equations.add(eq);
		}
		for (int j = 0; j < cols; j++) {
			long[] eq = new long[vars.size()];
			for (int v = 0; v < vars.size(); v++) {
				if (vars.get(v)[1] == j) {
					eq[v] = vars.get(v)[0] == rows - 1 ? P - 1 : 1;
				}
			}
			equations.add(eq);
		}
		int base = rank(equations);
		long[] unit = new long[vars.size()];
		for (int v = 0; v < vars.size(); v++) {
			if (vars.get(v)[0] == unknown[0] && vars.get(v)[1] == unknown[1]) {
				unit[v] = 1;
			}
		}
		List<long[]> extended = new ArrayList<>(equations);
		extended.add(unit);
		return rank(extended) == base;
	}

	private static int rank(List<long[]> input) {
		List<long[]> m = new ArrayList<>();
		input.forEach(r -> m.add(r.clone()));
		int rank = 0;
		int width = m.isEmpty() ? 0 : m.get(0).length;
		for (int c = 0; c < width && rank < m.size(); c++) {
			int pivot = -1;
			for (int r = rank; r < m.size(); r++) {
				if (m.get(r)[c] % P != 0) {
					pivot = r;
					break;
				}
			}
			if (pivot < 0) {
				continue;
			}
			long[] tmp = m.get(rank);
			m.set(rank, m.get(pivot));
			m.set(pivot, tmp);
			long inv = pow(m.get(rank)[c], P - 2);
			for (int r = 0; r < m.size(); r++) {
				if (r != rank && m.get(r)[c] != 0) {
					long f = m.get(r)[c] * inv % P;
					for (int k = 0; k < width; k++) {
						m.get(r)[k] = ((m.get(r)[k] - f * m.get(rank)[k]) % P + P) % P;
					}
				}
			}
			rank++;
		}
		return rank;
	}

	private static long pow(long b, long e) {
		long r = 1;
		b %= P;
		while (e > 0) {
			if ((e & 1) == 1) {
				r = r * b % P;
			}
			b = b * b % P;
			e >>= 1;
		}
		return r;
	}
}
