package org.pomegranate.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

import org.pomegranate.evaluation.assessment.AssessmentModel;
import org.pomegranate.evaluation.assessment.AssessmentSchemes;
import org.pomegranate.evaluation.assessment.CreationAssessment;
import org.pomegranate.evaluation.survey.AnswerForm;
import org.pomegranate.evaluation.survey.QuestionKind;
import org.pomegranate.evaluation.survey.Survey;
import org.pomegranate.evaluation.survey.SurveyForm;
import org.pomegranate.evaluation.survey.Surveys;
import org.pomegranate.evaluation.survey.Texts;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.identity.NewAccount;
import org.pomegranate.identity.Role;
import org.pomegranate.shared.TimeConfiguration;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The evaluation's demo through the real services: a satisfaction survey of Kunlun Community answered
 * by 36 of its residents (so that counts show), and the creation assessment with last year's cycle
 * reviewed by the street and this year's submitted, waiting for the {@code street} login to score it.
 * The demo resident ({@code resident}) has not answered the survey, so she can try it. Incentive points
 * need nothing here: they follow from the service desk's replayed events.
 */
@Component
class DemoEvaluation {

	static final int SURVEY_RESIDENTS = 36;

	private final Surveys surveys;
	private final AssessmentSchemes schemes;
	private final CreationAssessment assessment;
	private final IdentityManagement identity;
	private final UserDetailsService users;

	DemoEvaluation(Surveys surveys, AssessmentSchemes schemes, CreationAssessment assessment,
			IdentityManagement identity, UserDetailsService users) {
		this.surveys = surveys;
		this.schemes = schemes;
		this.assessment = assessment;
		this.identity = identity;
		this.users = users;
	}

	void load(List<DemoHome> homes, UUID designatedResident, Random random) {
		try {
			DemoHome designated = homes.stream().filter(h -> h.residentId().equals(designatedResident)).findFirst()
				.orElseThrow();
			UUID kunlun = designated.community().unit().id();
			survey(kunlun, homes.stream().filter(h -> h.community() == designated.community() && h != designated)
				.limit(SURVEY_RESIDENTS).toList(), random);
			assessment(kunlun);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private void survey(UUID kunlun, List<DemoHome> answering, Random random) {
		LocalDate today = ZonedDateTime.now(TimeConfiguration.DISPLAY_ZONE).toLocalDate();
		UUID id = as("head", () -> surveys.create(new SurveyForm(
				new Texts("2026年社区服务满意度调查", "Community services survey 2026", "༢༠༢༦ལོའི་སྡེ་ཁུལ་ཞབས་ཞུའི་ཚིམ་ཚད་འདྲི་ཤོག",
						"2026 ᠣᠨ ᠤ ᠬᠣᠷᠣᠭᠠᠨ ᠤ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠰᠡᠳᠬᠢᠯ ᠬᠠᠩᠭᠠᠯᠲᠠ"),
				today.minusDays(10), today.plusDays(20), List.of(kunlun), List.of(
						new SurveyForm.QuestionForm(QuestionKind.SINGLE, true,
								new Texts("您对网格员的服务满意吗？", "Are you satisfied with your grid worker?",
										"ཁྱེད་དྲ་མིག་ལས་བྱེད་པའི་ཞབས་ཞུར་ཚིམ་མམ།", "ᠲᠠ ᠰᠦᠯᠵᠢᠶ᠎ᠡ ᠶᠢᠨ ᠠᠵᠢᠯᠲᠠᠨ ᠤ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠳᠦ ᠰᠡᠳᠬᠢᠯ ᠬᠠᠩᠭᠠᠯᠤᠩ ᠤᠤ?"),
								List.of(new Texts("满意", "Satisfied", "ཚིམ།", "ᠰᠡᠳᠬᠢᠯ ᠬᠠᠩᠭᠠᠯᠤᠩ"),
										new Texts("基本满意", "Basically satisfied", "ཕལ་ཆེར་ཚིམ།", "ᠡᠩ ᠦᠨ ᠰᠡᠳᠬᠢᠯ ᠬᠠᠩᠭᠠᠯᠤᠩ"),
										new Texts("不满意", "Unsatisfied", "མི་ཚིམ།", "ᠰᠡᠳᠬᠢᠯ ᠬᠠᠩᠭᠠᠯᠤᠩ ᠦᠭᠡᠢ"))),
						new SurveyForm.QuestionForm(QuestionKind.SCALE, true,
								new Texts("给小区环境打几分？", "How do you rate your compound's surroundings?",
										"ཁྱིམ་ཁོངས་ཀྱི་ཁོར་ཡུག་ལ་སྐར་མ་ག་ཚོད་སྤྲོད།", "ᠣᠷᠴᠢᠨ ᠲᠣᠭᠣᠷᠢᠨ ᠢ ᠬᠡᠳᠦᠢ ᠪᠠᠯᠯ ᠦᠭᠬᠦ ᠪᠤᠢ?"),
								List.of()),
						new SurveyForm.QuestionForm(QuestionKind.MULTIPLE, false,
								new Texts("最希望社区加强哪些方面？", "What should the community do more of?",
										"སྡེ་ཁུལ་གྱིས་ཕྱོགས་གང་ལ་ཤུགས་སྣོན་བྱེད་དགོས།", "ᠬᠣᠷᠣᠭ᠎ᠠ ᠶᠠᠮᠠᠷ ᠵᠦᠢᠯ ᠢ ᠰᠠᠢᠵᠢᠷᠠᠭᠤᠯᠬᠤ ᠪᠤᠢ?"),
								List.of(new Texts("供暖", "Heating", "དྲོད་སྤྲོད།", "ᠳᠣᠯᠠᠭᠠᠴᠢᠯᠠᠯ"),
										new Texts("环境卫生", "Cleanliness", "ཁོར་ཡུག་གཙང་སྦྲ།", "ᠠᠷᠢᠭᠤᠨ ᠴᠡᠪᠡᠷ"),
										new Texts("文化活动", "Cultural activities", "རིག་གནས་བྱ་འགུལ།", "ᠰᠣᠶᠣᠯ ᠤᠨ ᠦᠢᠯᠡ ᠠᠵᠢᠯᠯᠠᠭ᠎ᠠ"),
										new Texts("老年人照料", "Care for the elderly", "རྒན་གསོ།", "ᠥᠳᠡᠯᠡᠭᠰᠡᠳ ᠢ ᠠᠰᠠᠷᠬᠤ"),
										new Texts("就业服务", "Help finding work", "ལས་ཞུགས་ཞབས་ཞུ།", "ᠠᠵᠢᠯ ᠡᠷᠬᠯᠡᠯᠲᠡ"))),
						new SurveyForm.QuestionForm(QuestionKind.TEXT, false,
								new Texts("还有什么建议？", "Anything else?", "གྲོས་འགོ་གཞན་ཡོད་དམ།", "ᠦᠭᠡᠷ᠎ᠡ ᠰᠠᠨᠠᠯ ᠪᠠᠢᠨ᠎ᠠ ᠤᠤ?"),
								List.of())))));
		as("head", () -> {
			surveys.publish(id);
			return null;
		});
		Survey survey = as("head", () -> surveys.get(id));
		String[] suggestions = { "希望冬天供暖再早几天", "楼道灯坏了能快点修", "多办几次那达慕和花儿会", "老年食堂很好，谢谢",
				"垃圾清运再勤一点", "网格员很热心" };
		int n = 0;
		for (DemoHome home : answering) {
			String username = "survey" + (++n);
			identity.createAccount(new NewAccount(username, UUID.randomUUID() + "-Pm", home.name(), Role.RESIDENT, null,
					home.residentId(), List.of(home.language().name().toLowerCase())));
			int pick = random.nextInt(100);
			List<AnswerForm.Answer> answers = new ArrayList<>();
			answers.add(new AnswerForm.Answer(survey.questions().get(0).id(),
					List.of(pick < 62 ? "o1" : pick < 92 ? "o2" : "o3"), null, null));
			answers.add(new AnswerForm.Answer(survey.questions().get(1).id(), List.of(), 3 + random.nextInt(3) - (pick > 90 ? 2 : 0),
					null));
			List<String> wishes = new ArrayList<>();
			for (String o : List.of("o1", "o2", "o3", "o4", "o5")) {
				if (random.nextInt(100) < (o.equals("o1") ? 60 : 30)) {
					wishes.add(o);
				}
			}
			if (!wishes.isEmpty()) {
				answers.add(new AnswerForm.Answer(survey.questions().get(2).id(), wishes, null, null));
			}
			if (random.nextInt(3) == 0) {
				answers.add(new AnswerForm.Answer(survey.questions().get(3).id(), List.of(), null,
						suggestions[random.nextInt(suggestions.length)]));
			}
			as(username, () -> {
				surveys.answer(id, new AnswerForm(answers));
				return null;
			});
		}
	}

	private void assessment(UUID kunlun) {
		int year = ZonedDateTime.now(TimeConfiguration.DISPLAY_ZONE).getYear();
		UUID scheme = as("county", () -> schemes.createScheme(new AssessmentModel.SchemeForm(
				new Texts("民族团结进步示范社区测评指标", "Model community for ethnic unity and progress", null, null), List.of(
						indicator("组织领导", "Leadership", 20, "创建工作方案、领导小组名单、会议记录"),
						indicator("宣传教育", "Public education", 20, "宣传活动照片、讲座签到表"),
						indicator("共居共学共事共乐", "Living, learning, working and celebrating together", 25,
								"节日活动照片、结对子走访记录"),
						indicator("服务各族群众", "Serving residents of every group", 25, "诉求办理记录（按编号）、服务台账"),
						indicator("矛盾纠纷化解", "Settling disputes", 10, "调解记录")))));
		UUID last = as("county", () -> schemes.openCycle(new AssessmentModel.CycleForm(scheme, year - 1)));
		UUID current = as("county", () -> schemes.openCycle(new AssessmentModel.CycleForm(scheme, year)));
		List<UUID> indicators = as("county", () -> schemes.scheme(scheme)).indicators().stream()
			.map(AssessmentModel.Indicator::id).toList();
		double[][] self = { { 18, 17, 22, 23, 9 }, { 19, 18, 23.5, 24, 9 } };
		double[] review = { 17, 16, 21, 22, 8.5 };
		UUID[] cycles = { last, current };
		for (int c = 0; c < cycles.length; c++) {
			UUID cycle = cycles[c];
			List<AssessmentModel.SelfEntry> entries = new ArrayList<>();
			for (int i = 0; i < indicators.size(); i++) {
				entries.add(new AssessmentModel.SelfEntry(indicators.get(i), BigDecimal.valueOf(self[c][i]),
						"已按要求开展，材料齐全"));
			}
			as("head", () -> {
				assessment.saveSelf(cycle, kunlun, entries);
				assessment.addFile(cycle, kunlun, indicators.get(1), "宣传活动.pdf",
						"%PDF-1.4\n% Pomegranate demo evidence\n%%EOF\n".getBytes());
				assessment.submit(cycle, kunlun);
				return null;
			});
		}
		List<AssessmentModel.ReviewEntry> scores = new ArrayList<>();
		for (int i = 0; i < indicators.size(); i++) {
			scores.add(new AssessmentModel.ReviewEntry(indicators.get(i), BigDecimal.valueOf(review[i]),
					i == 2 ? "结对子走访记录完整，节日活动参与面广" : "材料属实"));
		}
		as("street", () -> {
			assessment.review(last, kunlun, scores);
			return null;
		});
	}

	private static AssessmentModel.IndicatorForm indicator(String zh, String en, int weight, String evidence) {
		return new AssessmentModel.IndicatorForm(new Texts(zh, en, null, null), weight, Texts.zh(evidence));
	}

	private <T> T as(String username, Supplier<T> work) {
		UserDetails user = users.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
