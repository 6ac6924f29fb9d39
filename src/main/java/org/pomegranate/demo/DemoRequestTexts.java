package org.pomegranate.demo;

import java.util.List;
import java.util.Map;

import org.pomegranate.registry.Language;

/**
 * What residents of the demo ask for and what staff answer, in Chinese as the desk writes it: a
 * category code, the answers to its extra fields, the resident's words and the handler's note.
 */
final class DemoRequestTexts {

	/** One kind of request as a resident would put it. */
	record Ask(String category, Map<String, Object> extra, String description, String resolution) {
	}

	static final List<Ask> HOME = List.of(
			new Ask("UTILITIES", Map.of("utility", "heating"), "暖气不热，屋里只有十二三度，家里有老人和孩子", "已协调供热公司排气调压，室温恢复到二十度"),
			new Ask("UTILITIES", Map.of("utility", "water"), "单元楼停水一天了，没有接到任何通知", "已联系自来水公司抢修主管道，当晚恢复供水"),
			new Ask("UTILITIES", Map.of("utility", "power"), "楼里下午开始停电，冰箱里的东西快坏了", "供电所更换了烧坏的单元配电箱，已恢复供电"),
			new Ask("UTILITIES", Map.of("utility", "gas"), "燃气灶打不着火，怀疑燃气表没电了", "燃气公司上门更换了表内电池，已能正常使用"),
			new Ask("HOUSING_REPAIR", Map.of("part", "pipe"), "卫生间水管漏水，已经渗到楼下邻居家", "已联系物业维修班更换水管接头，楼下已检查无渗漏"),
			new Ask("HOUSING_REPAIR", Map.of("part", "roof"), "顶楼屋顶漏雨，卧室墙皮一块块往下掉", "已报物业公司做屋面防水，墙面待干透后修补"),
			new Ask("HOUSING_REPAIR", Map.of("part", "window"), "窗户关不严，冬天漏风很厉害", "维修师傅已更换窗户密封条和合页"),
			new Ask("HOUSING_REPAIR", Map.of("part", "wiring"), "楼道灯坏了，晚上上下楼看不见，老人差点摔倒", "已更换楼道声控灯三盏"),
			new Ask("NEIGHBOURHOOD", Map.of(), "楼上装修噪音太大，中午和晚上也不停", "已上门沟通，装修方承诺只在规定时间施工"),
			new Ask("NEIGHBOURHOOD", Map.of(), "楼道里堆满杂物，挡住了消防通道", "已组织楼栋长和物业清理楼道杂物"),
			new Ask("NEIGHBOURHOOD", Map.of(), "小区里流浪狗多，孩子上学害怕", "已联系城管和动物救助站处置"),
			new Ask("NEIGHBOURHOOD", Map.of(), "楼下烧烤店油烟大，窗户都不敢开", "已请市场监管所督促商户加装油烟净化器"),
			new Ask("HEALTH", Map.of("homeVisit", "yes"), "老人腿脚不便，想请社区医生上门量血压", "社区卫生服务站医生已上门随访，并建立家庭医生签约"),
			new Ask("HEALTH", Map.of("homeVisit", "no"), "想咨询慢性病门诊怎么办理和报销", "已告知慢性病门诊办理材料和报销比例"));

	static final List<Ask> CARE = List.of(
			new Ask("ELDERLY_DAY_CARE", Map.of("services", List.of("meals"), "age", "82"), "独居老人，想报名社区老年食堂助餐", "已登记助餐，每天中午送餐上门"),
			new Ask("ELDERLY_DAY_CARE", Map.of("services", List.of("company", "checkup")), "老人白天一个人在家，想参加日间照料", "已安排到日间照料中心，每周一三五接送"),
			new Ask("SUBSISTENCE_ASSISTANCE", Map.of("householdSize", "2"), "低保申请咨询，家里两口人都没有固定收入", "已告知申请材料并受理申请，入户核查已完成"),
			new Ask("SUBSISTENCE_ASSISTANCE", Map.of("householdSize", "4"), "丈夫生病不能工作，想申请临时救助", "已协助提交临时救助申请，民政部门已审批"));

	static final List<Ask> NEWCOMER = List.of(
			new Ask("NEWCOMER_JOBS", Map.of("skills", "开过货车"), "刚从西宁搬来，想找一份司机的工作", "已推荐到工业园区两家物流企业面试"),
			new Ask("NEWCOMER_SCHOOLING", Map.of("stage", "primary", "children", "1"), "孩子入学咨询，想转到家附近的小学", "已协调学区学校，孩子下周一入学"),
			new Ask("NEWCOMER_SCHOOLING", Map.of("stage", "kindergarten"), "想给孩子报名公办幼儿园，不知道要什么材料", "已告知报名材料和时间，协助完成网上报名"),
			new Ask("NEWCOMER_BUSINESS_LICENCE", Map.of("business", "拉面馆"), "想在小区门口开一家拉面馆，营业执照怎么办", "已指导在政务服务网提交申请，执照已发放"),
			new Ask("NEWCOMER_LEGAL_AID", Map.of("matter", "wages"), "在工地干了三个月，老板一直拖欠工资", "已对接劳动监察大队和法律援助中心，工资已追回"));

	static final List<Ask> WORK = List.of(
			new Ask("EMPLOYMENT_HELP", Map.of("skills", "保洁、做饭", "training", "yes"), "失业半年了，想找保洁或者食堂的工作", "已推荐参加家政服务培训并介绍到保洁公司"),
			new Ask("EMPLOYMENT_HELP", Map.of("training", "no"), "想找离家近一点的工作，能照顾孩子", "已推荐社区公益性岗位"));

	static final List<Ask> EMERGENCY = List.of(
			new Ask("EMERGENCY", Map.of("danger", "gas"), "楼道里燃气味很浓，怀疑哪家漏气", "燃气公司和消防已到场关阀检修，已排除险情"),
			new Ask("EMERGENCY", Map.of("danger", "flood"), "地下室进水，水位还在往上涨", "已组织抽水并关闭破裂的阀门"));

	static Ask interpreter(Language language) {
		return language == Language.MN
				? new Ask("INTERPRETATION", Map.of("language", "mn", "where", "州人民医院"), "去医院看病需要蒙古语翻译陪同", "已安排会蒙古语的网格员陪同就医")
				: new Ask("INTERPRETATION", Map.of("language", "bo", "where", "市人民医院"), "需要藏语翻译陪同就医", "已安排会藏语的网格员陪同就医并翻译医嘱");
	}

	static final List<String> REFERRALS = List.of(
			"此事属于物业服务合同纠纷，请先联系物业公司；协商不成可到市住建局物业科投诉",
			"房产证办理请到市不动产登记中心窗口办理",
			"劳动合同纠纷请到市劳动人事争议仲裁院申请仲裁",
			"车辆违停请拨打交警服务电话处理");

	static final List<String> REJECTED_ASKS = List.of(
			"物业费涨价了，想问能不能不交", "想办房产证，不知道去哪里", "公司不给签劳动合同", "小区门口总有车乱停");

	static final List<String> UNHAPPY = List.of("问题还没解决，也没人再来看", "等了很久才有人来", "处理人员态度不好",
			"只修了一半，过两天又坏了");

	static final List<String> THANKS = List.of("谢谢网格员，来得很快", "处理得很及时", "满意", "辛苦了", "");

	static final List<String> REVISIT_OUTCOMES = List.of("已电话回访，说明情况并致歉，居民表示理解",
			"已上门回访，重新安排维修，居民同意等待", "已回访，协调相关部门再次处理");

	private DemoRequestTexts() {
	}
}
