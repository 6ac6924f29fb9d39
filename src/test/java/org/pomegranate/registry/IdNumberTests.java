package org.pomegranate.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * GB 11643-1999 identity numbers. The check characters below were computed by hand:
 * sum of digit × weight (7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2), modulo 11, mapped through
 * 1 0 X 9 8 7 6 5 4 3 2.
 */
class IdNumberTests {

	// 6·7+3·9+2·10+8·5+0·8+2·4+1·2+9·1+9·6+0·3+0·7+1·9+0·10+1·5+1·8+2·4+3·2 = 238; 238 mod 11 = 7 → '5'
	static final String VALID = "632802199001011235";

	// 5·7+4·9+0·10+1·5+0·8+2·4+1·2+9·1+8·6+5·3+0·7+6·9+1·10+5·5+0·8+0·4+2·2 = 251; 251 mod 11 = 9 → '3'
	static final String VALID_LHASA = "540102198506150023";

	// 1·7+1·9+0·10+1·5+0·8+5·4+1·2+9·1+4·6+9·3+1·7+2·9+3·10+1·5+0·8+0·4+2·2 = 167; 167 mod 11 = 2 → 'X'
	static final String VALID_ENDING_IN_X = "11010519491231002X";

	@Test
	void acceptsNumbersWithMatchingCheckCharacter() {
		assertThat(IdNumber.isValid(VALID)).isTrue();
		assertThat(IdNumber.isValid(VALID_LHASA)).isTrue();
		assertThat(IdNumber.isValid(VALID_ENDING_IN_X)).isTrue();
	}

	@Test
	void computesCheckCharacters() {
		assertThat(IdNumber.checkCharacter("63280219900101123")).isEqualTo('5');
		assertThat(IdNumber.checkCharacter("54010219850615002")).isEqualTo('3');
		assertThat(IdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
		// 6·7+3·9+2·10+8·5+0·8+2·4+1·2+9·1+9·6+0·3+0·7+1·9+0·10+1·5+0·8+0·4+2·2 = 220; 220 mod 11 = 0 → '1'
		assertThat(IdNumber.checkCharacter("63280219900101002")).isEqualTo('1');
	}

	@Test
	void acceptsLowerCaseX() {
		assertThat(IdNumber.isValid("11010519491231002x")).isTrue();
		assertThat(IdNumber.normalize(" 11010519491231002x ")).isEqualTo(VALID_ENDING_IN_X);
	}

	@ParameterizedTest
	@ValueSource(strings = { "632802199001011234", "632802199001011230", "540102198506150020",
			"110105194912310021", "110105194912310029" })
	void rejectsWrongCheckCharacter(String id) {
		assertThat(IdNumber.isValid(id)).isFalse();
	}

	@Test
	void rejectsXWhereADigitIsExpected() {
		assertThat(IdNumber.isValid("63280219900101123X")).isFalse();
	}

	@Test
	void rejectsImpossibleBirthDates() {
		// 30 February 1990, with a check character that matches the digits: only the date is wrong
		String feb30 = "63280219900230123";
		assertThat(IdNumber.isValid(feb30 + IdNumber.checkCharacter(feb30))).isFalse();
		String month13 = "63280219901301123";
		assertThat(IdNumber.isValid(month13 + IdNumber.checkCharacter(month13))).isFalse();
		String before1900 = "63280218991231123";
		assertThat(IdNumber.isValid(before1900 + IdNumber.checkCharacter(before1900))).isFalse();
		String future = "63280229990101123";
		assertThat(IdNumber.isValid(future + IdNumber.checkCharacter(future))).isFalse();
	}

	@Test
	void acceptsLeapDayOfALeapYear() {
		String leapDay = "63280220000229123";
		assertThat(IdNumber.isValid(leapDay + IdNumber.checkCharacter(leapDay))).isTrue();
		String notLeap = "63280219000229123";
		assertThat(IdNumber.isValid(notLeap + IdNumber.checkCharacter(notLeap))).isFalse();
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "63280219900101123", "6328021990010112355", "63280219900101123A", "6328021990O101123 5",
			"632802-19900101123", "６３２８０２１９９００１０１１２３５", "63280219900101123 " })
	void rejectsWrongLengthOrCharacters(String id) {
		assertThat(IdNumber.isValid(id)).isFalse();
	}
}
