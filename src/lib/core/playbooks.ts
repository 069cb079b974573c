/**
 * Recommended actions per segment (差异化策略): default playbooks grounded in common CRM practice,
 * in English and Chinese. Users edit them per dataset; edits are stored as plain text, one action
 * per line.
 */
import type { Label } from './analytics/types';

/** A playbook: the goal for the segment and a few concrete actions. */
export interface Playbook {
	goal: Label;
	actions: { en: string[]; zh: string[] };
}

const playbook = (goalEn: string, goalZh: string, en: string[], zh: string[]): Playbook => ({
	goal: { en: goalEn, zh: goalZh },
	actions: { en, zh }
});

/** Default playbooks by segment key (R × FM grid and the eight value classes). */
export const DEFAULT_PLAYBOOKS: Readonly<Record<string, Playbook>> = {
	champions: playbook(
		'Reward and involve them; no discounts needed.',
		'重在礼遇和参与感，无需打折。',
		[
			'Early access to new products and limited editions',
			'Ask for reviews, referrals and user-generated content',
			'VIP service: priority support, free express shipping',
			'Invite to a community, beta tests or events'
		],
		[
			'新品、限量款优先购买资格',
			'邀请写评价、推荐好友、分享使用体验',
			'贵宾专属服务：优先客服、免费加急配送',
			'邀请加入会员社群、新品内测或线下活动'
		]
	),
	loyal: playbook(
		'Deepen the relationship and raise order value.',
		'加深关系，提高笔单价。',
		[
			'Loyalty points or a membership programme with clear tiers',
			'Cross-sell and upsell based on what they already buy',
			'Personal thank-you notes and anniversary gifts',
			'Ask for feedback on products and service'
		],
		[
			'积分或会员等级体系，权益清晰可见',
			'根据已购品类做关联推荐和升级推荐',
			'手写感谢卡、会员周年礼',
			'邀请参与产品与服务满意度调研'
		]
	),
	potential_loyalist: playbook(
		'Turn recent repeat buyers into loyal customers.',
		'把近期复购的客户培养成忠诚客户。',
		[
			'Invite to the loyalty programme now',
			'Recommend complementary products from their categories',
			'A third-purchase reward (points multiplier, small gift)',
			'Regular, relevant content rather than blanket promotions'
		],
		[
			'立即邀请加入会员计划',
			'推荐与已购品类互补的商品',
			'第三单奖励：积分翻倍或小赠品',
			'定期推送相关内容，而不是群发促销'
		]
	),
	new_customers: playbook(
		'Make the first experience great and earn the second order.',
		'做好首单体验，争取第二单。',
		[
			'Welcome series: brand story, how-to, care tips',
			'Second-purchase incentive valid for 30 days',
			'Check satisfaction a week after delivery',
			'Recommend bestsellers related to the first purchase'
		],
		[
			'欢迎系列消息：品牌故事、使用指南、保养小贴士',
			'30 天内有效的复购优惠券',
			'收货一周后回访满意度',
			'推荐与首单相关的热销商品'
		]
	),
	promising: playbook(
		'Build awareness of the range and habit.',
		'加深对品牌和品类的认知，培养购买习惯。',
		[
			'Introduce other categories with curated picks',
			'Free shipping threshold just above their last order',
			'Limited-time offer on a second category',
			'Collect preferences to personalise future messages'
		],
		[
			'精选推荐其他品类，扩大认知',
			'包邮门槛略高于其上一笔订单金额',
			'针对第二个品类的限时优惠',
			'收集偏好，用于后续个性化推荐'
		]
	),
	need_attention: playbook(
		'Re-engage before they cool down.',
		'在兴趣降温之前重新唤起关注。',
		[
			'Personalised recommendations based on past orders',
			'Limited-time offer with a clear deadline',
			'Remind them of points or benefits they have not used',
			'Short survey: what would bring them back?'
		],
		[
			'基于历史订单的个性化推荐',
			'有明确截止时间的限时优惠',
			'提醒未使用的积分或会员权益',
			'简短问卷：什么能让你再次光顾？'
		]
	),
	about_to_sleep: playbook(
		'Win attention back cheaply before they lapse.',
		'赶在沉睡之前，以低成本重新吸引他们。',
		[
			'Share popular and new products in their categories',
			'A modest discount or free-shipping offer',
			'Reconnect through the channel they use most',
			'Do not over-message: one or two well-timed touches'
		],
		[
			'推送其关注品类中的热销和新品',
			'小额优惠券或包邮券',
			'通过其最常用的渠道重新触达',
			'控制频次：在合适的时机触达一两次即可'
		]
	),
	at_risk: playbook(
		'Personalised win-back: they used to buy often.',
		'个性化挽回：他们过去购买频繁。',
		[
			'Personal win-back message referring to what they bought',
			'A meaningful offer on their favourite category',
			'Ask what went wrong and fix it (service, delivery, product)',
			'Highlight what is new since their last visit'
		],
		[
			'结合其购买记录发送个性化挽回信息',
			'针对常购品类给出有力度的优惠',
			'主动询问原因并改进（服务、物流、商品）',
			'介绍其上次购买后新增的商品和服务'
		]
	),
	cant_lose_them: playbook(
		'Your best former customers: reach out personally.',
		'曾经的高价值客户：一对一重点挽回。',
		[
			'Personal outreach by phone or a named account manager',
			'Exclusive offer or gift; no generic campaigns',
			'Find out why they left and act on it',
			'Show new products that match their past spending'
		],
		[
			'专属客服或客户经理电话、企业微信一对一联系',
			'专属优惠或礼品，不要用群发活动',
			'了解流失原因并切实改进',
			'推荐与其过往消费水平匹配的新品'
		]
	),
	hibernating: playbook(
		'Low-cost reactivation; accept that some are gone.',
		'低成本唤醒，接受部分客户已经流失。',
		[
			'Occasional newsletter with bestsellers and seasonal picks',
			'Seasonal sale invitations',
			'Ask them to update their preferences',
			'Limit spend: automate and measure response'
		],
		[
			'偶尔推送畅销品和应季推荐',
			'大促、节日活动邀请',
			'邀请更新兴趣偏好',
			'控制投入：自动化触达并跟踪响应'
		]
	),
	lost: playbook(
		'Try once, then stop spending on them.',
		'尝试一次唤醒，无效则停止投入。',
		[
			'One reactivation campaign with a strong offer',
			'If no response, move to low-frequency messages only',
			'Study why they left to prevent it in others',
			'Exclude from paid retargeting to save budget'
		],
		[
			'做一次力度较大的唤醒活动',
			'无响应则转为低频触达',
			'分析流失原因，避免其他客户重蹈覆辙',
			'从付费广告再营销人群中剔除，节省预算'
		]
	),
	important_value: playbook(
		'Keep them delighted: VIP treatment.',
		'保持满意度：提供贵宾级礼遇。',
		['Dedicated service and early access', 'Exclusive events and gifts', 'Referral programme'],
		['专属服务与新品优先购', '会员专享活动与礼品', '老带新推荐计划']
	),
	important_develop: playbook(
		'High spend but few orders: raise purchase frequency.',
		'消费高但次数少：提高购买频次。',
		[
			'Subscription or replenishment reminders',
			'Points for repeat orders',
			'Bundles that invite return visits'
		],
		['订阅或定期补货提醒', '复购积分奖励', '设计促使再次购买的组合套餐']
	),
	important_retain: playbook(
		'Frequent, high-value buyers who have gone quiet: act now.',
		'高频高消费但近期沉默：立即行动。',
		[
			'Personal outreach and a reason to return',
			'Remind them of their benefits',
			'Ask for feedback'
		],
		['一对一联系并给出回购理由', '提醒其会员权益', '征询意见和建议']
	),
	important_winback: playbook(
		'Big spenders who bought rarely and long ago: win back.',
		'曾经大额消费但久未购买：重点挽留。',
		['Targeted win-back offer', 'Show what is new', 'Find out why they left'],
		['有针对性的挽回优惠', '展示新品和新服务', '了解流失原因']
	),
	general_value: playbook(
		'Frequent, recent, low spend: raise order value.',
		'近期常买但消费低：提高笔单价。',
		[
			'Upsell and bundles',
			'Free-shipping threshold above their usual basket',
			'Premium range introductions'
		],
		['升级推荐与组合购买', '包邮门槛略高于其平时的订单金额', '介绍高端系列']
	),
	general_develop: playbook(
		'Recent, infrequent, low spend: build the habit.',
		'近期购买但频次低、消费低：培养习惯。',
		['Onboarding content', 'Second-order incentive', 'Category discovery'],
		['新客引导内容', '第二单激励', '品类探索推荐']
	),
	general_retain: playbook(
		'Used to buy often, low spend, now quiet: light re-engagement.',
		'曾经常买、消费低、近期沉默：轻度唤醒。',
		['Reminder with favourites', 'Small time-limited offer', 'Newsletter'],
		['推送常购商品提醒', '小额限时优惠', '定期推送资讯']
	),
	general_winback: playbook(
		'Low value on every measure: minimal spend.',
		'各项价值都低：尽量少投入。',
		['Automated, low-frequency messages only', 'Include in seasonal sales', 'No paid retargeting'],
		['只做自动化的低频触达', '大促时纳入活动名单', '不做付费再营销']
	)
};

/**
 * The playbook of a segment: the user's edit when there is one, else the default, else an empty
 * one (custom segments).
 * @example playbookFor('champions', {}).goal.en // → 'Reward and involve them; no discounts needed.'
 */
export function playbookFor(key: string, edited: Readonly<Record<string, Playbook>>): Playbook {
	return (
		edited[key] ??
		DEFAULT_PLAYBOOKS[key] ?? { goal: { en: '', zh: '' }, actions: { en: [], zh: [] } }
	);
}
