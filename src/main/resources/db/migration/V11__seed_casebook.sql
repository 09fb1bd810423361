-- The casebook shipped with the app: scenarios drawn from the guidance digest and from incidents
-- reported by the GMC, the MDU and the press. Names, places and numbers in the drafts are invented
-- (the NHS number is from the range never issued to patients). Findings are not stored: the
-- engine finds them live, and ScenarioDriftTests fails the build if they stop matching
-- expected_categories or start raising excluded_categories.

insert into scenarios (id, title, situation, draft, platform, audience, named_account, learning_point,
    guidance, expected_categories, excluded_categories, author_id, retired, created_at, updated_at)
values (1, 'Lying face down on the resus trolleys',
    'On a quiet night shift, two junior doctors and three nurses photograph themselves lying face down on the resuscitation trolleys, copying an internet craze, and one of them posts the photo for her friends. In 2009 several NHS staff were suspended after photos like this, taken on trolleys and on a hospital helipad, spread online.',
    'Lying down on the job 😂 Me and the night team face down on the resus trolleys at 3am, tag yourselves! #planking #nightshift',
    'FACEBOOK', 'FRIENDS', true,
    'A joke among colleagues reads differently to patients and the public. Antics with clinical equipment suggest staff do not take care seriously, and a photo shared with friends rarely stays with friends. Your conduct online must justify the public''s trust in you and in the profession.',
    'GMC-GMP-2024-81,GMC-SM-2024-4,RCGP-SMHC-8,MDU-SM-GUIDE', 'PROFESSIONALISM', 'CONFIDENTIALITY', null, false, current_timestamp, current_timestamp);
insert into scenario_questions (scenario_id, list_index, question) values (1, 0, 'Who might see this photo beyond the friends it was posted to, and what would they conclude about the ward?');
insert into scenario_questions (scenario_id, list_index, question) values (1, 1, 'Does it matter that the trolleys were empty and the shift was quiet?');
insert into scenario_questions (scenario_id, list_index, question) values (1, 2, 'What would you say to a colleague who tagged you in it?');

insert into scenarios (id, title, situation, draft, platform, audience, named_account, learning_point,
    guidance, expected_categories, excluded_categories, author_id, retired, created_at, updated_at)
values (2, 'Planking on the helipad',
    'A junior doctor has a photo taken of himself lying face down on the hospital helipad between air ambulance landings, and posts it on his public Instagram account as a challenge to his followers.',
    'Top of the world! Planking on the hospital helipad between air ambulance landings 🚁 Who can beat this one?',
    'INSTAGRAM', 'PUBLIC', true,
    'This is about more than image: a helipad is a working clinical space, and a challenge invites others to copy the stunt. A public account ties it to the hospital and to you by name, and what the public sees shapes their trust in the whole profession.',
    'GMC-GMP-2024-81,RCGP-SMHC-1,RCGP-SMHC-8', 'PROFESSIONALISM', '', null, false, current_timestamp, current_timestamp);
insert into scenario_questions (scenario_id, list_index, question) values (2, 0, 'How would the family of a patient waiting for an air ambulance transfer react to this photo?');
insert into scenario_questions (scenario_id, list_index, question) values (2, 1, 'Does turning it into a challenge make it worse?');
insert into scenario_questions (scenario_id, list_index, question) values (2, 2, 'If the hospital asked you to take it down, would that be the end of the matter?');

insert into scenarios (id, title, situation, draft, platform, audience, named_account, learning_point,
    guidance, expected_categories, excluded_categories, author_id, retired, created_at, updated_at)
values (3, 'An open letter to the Health Secretary',
    'Furious about changes to the GP contract, a GP posts an open letter on a doctors-only forum addressed to the Health Secretary (a fictional one here). Two days later he withdraws it and apologises. In a real case like this a doctor who posted an abusive open letter about a named public figure on a doctors'' forum was still sanctioned after withdrawing it and apologising.',
    'An open letter to the Health Secretary, Martin Blake. You are a lying, spineless idiot who has wrecked general practice and every GP I know despises you. Do the country a favour and crawl back under your rock.',
    'FORUM', 'DOCTORS_FORUM', true,
    'Strong criticism of policy is legitimate; personal abuse is not. Guidance forbids using social media to abuse or deliberately target anyone, public figures included, and a doctors-only forum is no shield: its posts are copied and read by journalists and regulators. Withdrawing and apologising is right, but it cannot undo what was seen.',
    'GMC-SM-2024-14,GMC-SM-2024-7,GMC-SM-2024-9,BMA-SM-2011-DEFAMATION', 'TONE', 'CONFIDENTIALITY', null, false, current_timestamp, current_timestamp);
insert into scenario_questions (scenario_id, list_index, question) values (3, 0, 'Rewrite the letter so that it makes the same political point without a personal attack.');
insert into scenario_questions (scenario_id, list_index, question) values (3, 1, 'Does it matter that the forum is for doctors only?');
insert into scenario_questions (scenario_id, list_index, question) values (3, 2, 'Why might a tribunal still act after the doctor withdrew the post and apologised?');

insert into scenarios (id, title, situation, draft, platform, audience, named_account, learning_point,
    guidance, expected_categories, excluded_categories, author_id, retired, created_at, updated_at)
values (4, 'A friend request from a patient',
    'A salaried GP finds a Facebook friend request from a patient she saw in clinic this week. They got on well, and she asks her friends what to do.',
    'Just had a friend request from one of my patients, the lovely lady I saw in clinic on Tuesday. Should I accept? She seems really nice and we have loads in common.',
    'FACEBOOK', 'FRIENDS', true,
    'Accepting turns a professional relationship into a personal one: you may learn things the patient has not told you in a consultation, and they may expect informal access to you. The BMA and the MDU advise declining politely, however rude that feels, and pointing the patient to the practice for anything about their care.',
    'BMA-SM-2011-FRIEND-REQUESTS,MDU-BOUNDARIES-2013,GMC-BOUND-2024,GMC-SM-2013-BOUNDARY', 'BOUNDARIES', '', null, false, current_timestamp, current_timestamp);
insert into scenario_questions (scenario_id, list_index, question) values (4, 0, 'How would you decline without seeming rude?');
insert into scenario_questions (scenario_id, list_index, question) values (4, 1, 'Would your answer change for a former patient, or in a small rural practice where everyone knows everyone?');
insert into scenario_questions (scenario_id, list_index, question) values (4, 2, 'Is asking about it in a friends-only post a risk in itself?');

insert into scenarios (id, title, situation, draft, platform, audience, named_account, learning_point,
    guidance, expected_categories, excluded_categories, author_id, retired, created_at, updated_at)
values (5, 'The anonymous registrar',
    'An emergency medicine registrar tweets from an account with a cartoon avatar and no name, to let off steam about the pressures of the job.',
    'Another 13-hour shift as an A&E registrar and I still had to send patients home I wasn''t happy discharging. My patients deserve better than this.',
    'TWITTER', 'PUBLIC', false,
    'Readers give extra weight to what a self-declared doctor says, so guidance says that when you comment on health or healthcare you should usually say who you are. Anonymity is also thinner than it feels: anonymous posts can often be traced to their author. Nothing here identifies a patient; the risk is who is speaking.',
    'GMC-SM-2024-SAY-WHO-YOU-ARE,GMC-SM-2024-9,GMC-SM-2013-17,GMC-SM-2013-18', 'ANONYMITY', 'CONFIDENTIALITY', null, false, current_timestamp, current_timestamp);
insert into scenario_questions (scenario_id, list_index, question) values (5, 0, 'What would make this account easy to trace to one doctor?');
insert into scenario_questions (scenario_id, list_index, question) values (5, 1, 'Is there a case for anonymity when raising concerns about services, and what are the proper channels?');
insert into scenario_questions (scenario_id, list_index, question) values (5, 2, 'What changes if the same tweet comes from a named account?');

insert into scenarios (id, title, situation, draft, platform, audience, named_account, learning_point,
    guidance, expected_categories, excluded_categories, author_id, retired, created_at, updated_at)
values (6, 'A tweet after drinks',
    'On the way home from a colleague''s leaving drinks, a foundation doctor tweets from his named account. He is on call the next morning.',
    'Few beers after work 🍻🍻🍻 absolutely smashed and I''m on call at 8 tomorrow, what could go wrong lol. My consultant is a total dinosaur btw',
    'TWITTER', 'PUBLIC', true,
    'Two problems in one tweet. Announcing that you will work while impaired undermines trust in you and in the profession, and a public jibe at a senior colleague is the kind of comment guidance asks you not to make. Posts written after a drink are among the ones doctors most often regret.',
    'GMC-GMP-2024-81,BMA-ETK-2015-12,GMC-GMP-2024-48,RCGP-SMHC-7', 'PROFESSIONALISM,TONE', '', null, false, current_timestamp, current_timestamp);
insert into scenario_questions (scenario_id, list_index, question) values (6, 0, 'Which part would worry a patient most, and which would worry the consultant?');
insert into scenario_questions (scenario_id, list_index, question) values (6, 1, 'What would you do if you saw a colleague post this?');
insert into scenario_questions (scenario_id, list_index, question) values (6, 2, 'Does deleting it the next morning fix it?');

insert into scenarios (id, title, situation, draft, platform, audience, named_account, learning_point,
    guidance, expected_categories, excluded_categories, author_id, retired, created_at, updated_at)
values (7, 'Tagged in the holiday photos',
    'A friend posts photos from a weekend in Ibiza and tags a GP trainee, whose profile shows where she works. She adds a comment underneath.',
    'Haha thanks for the tag Jess! Back from Ibiza and still so hungover, did the Monday ward round on two hours'' sleep 🙈',
    'FACEBOOK', 'FRIENDS', true,
    'You cannot control what friends post, but you can control what you add to it and who can tag you. A holiday photo is harmless; a comment admitting that you worked while impaired turns it into a question about your fitness to practise. Review your tagging and privacy settings.',
    'GMC-GMP-2024-81,BMA-ETK-2015-12,MDU-SM-GUIDE,RCGP-SMHC-2', 'PROFESSIONALISM', '', null, false, current_timestamp, current_timestamp);
insert into scenario_questions (scenario_id, list_index, question) values (7, 0, 'Which settings would stop a photo like this appearing on your profile?');
insert into scenario_questions (scenario_id, list_index, question) values (7, 1, 'If the photos only showed her drinking on holiday, would there be a problem?');
insert into scenario_questions (scenario_id, list_index, question) values (7, 2, 'What would you ask Jess to do?');

insert into scenarios (id, title, situation, draft, platform, audience, named_account, learning_point,
    guidance, expected_categories, excluded_categories, author_id, retired, created_at, updated_at)
values (8, 'Three accounts, one doctor',
    'A foundation doctor keeps three accounts: a named professional one, a cycling account, and an anonymous one for letting off steam. The cycling account follows the anonymous one, and both post photos from the same rides.',
    'Over on my work account I''m all smiles. Here I can be honest: as an F2 on a surgical rota in a big northern teaching hospital I covered four wards on my own last night. Nobody should be treated like this.',
    'TWITTER', 'PUBLIC', false,
    'Details that are harmless one at a time add up: grade, specialty, region and rota, plus the links between accounts, can identify the author. Because the anonymous account reveals a doctor, the guidance on saying who you are applies. The safe assumption is that anything posted anonymously may one day carry your name.',
    'GMC-SM-2024-9,GMC-SM-2024-SAY-WHO-YOU-ARE,GMC-SM-2013-18,RCGP-SMHC-2', 'ANONYMITY', '', null, false, current_timestamp, current_timestamp);
insert into scenario_questions (scenario_id, list_index, question) values (8, 0, 'List the clues that could link these accounts to one person.');
insert into scenario_questions (scenario_id, list_index, question) values (8, 1, 'Is there anything here you would be happy to post from the named account?');
insert into scenario_questions (scenario_id, list_index, question) values (8, 2, 'Where could the concern about staffing be raised instead?');

insert into scenarios (id, title, situation, draft, platform, audience, named_account, learning_point,
    guidance, expected_categories, excluded_categories, author_id, retired, created_at, updated_at)
values (9, 'Replying to a one-star review',
    'A patient leaves a one-star online review of a GP practice, saying a doctor brushed off his chest pain. The doctor thinks the review is unfair and drafts a public reply.',
    'Reply to review: Mr Patel, you attended on 3 March complaining of chest pain and your ECG was normal, so there was no need to refer you. Your blood pressure was only high because you stopped taking your amlodipine.',
    'OTHER', 'PUBLIC', true,
    'A patient''s public criticism does not release you from your duty of confidentiality. Confirming that someone is a patient, let alone their results and medicines, is a breach. A safe reply thanks them, says you are sorry they were unhappy and invites them to contact the practice directly, without discussing their care.',
    'GMC-CONF-2017-MEDIA,MDU-ONLINE-CRITICISM,GMC-SM-2024-18', 'CONFIDENTIALITY', '', null, false, current_timestamp, current_timestamp);
insert into scenario_questions (scenario_id, list_index, question) values (9, 0, 'Write a reply that protects the practice''s reputation without discussing the patient''s care.');
insert into scenario_questions (scenario_id, list_index, question) values (9, 1, 'What options other than replying does the practice have?');
insert into scenario_questions (scenario_id, list_index, question) values (9, 2, 'Who should the doctor speak to before responding?');

insert into scenarios (id, title, situation, draft, platform, audience, named_account, learning_point,
    guidance, expected_categories, excluded_categories, author_id, retired, created_at, updated_at)
values (10, 'The WhatsApp screenshot',
    'Medical students on placement swap stories in a WhatsApp group. One posts about a patient seen in the emergency department that night; another member screenshots it and it ends up on Facebook. A GMC case study describes almost exactly this, and it led to a fitness-to-practise investigation.',
    '😂😂 you have to see this: 19yo in cubicle 4 tonight came in dressed as a Viking after re-enacting a battle from a film, stabbed himself in the foot with a plastic sword. Absolute muppet. Don''t share lol',
    'OTHER', 'CLOSED_GROUP', true,
    'No name is given, but an age, a place, a time and an unusual story are enough for the patient and everyone who knows him to recognise it. Private groups and chats are within the guidance: messages can become public, and "don''t share" is not a privacy setting. Mocking the patient adds to the harm.',
    'GMC-SM-2024-19,GMC-GMP-2024-93,MDU-PRIVATE-GROUPS-2024,BMA-SM-2011-DEROGATORY', 'CONFIDENTIALITY,TONE', '', null, false, current_timestamp, current_timestamp);
insert into scenario_questions (scenario_id, list_index, question) values (10, 0, 'Who could recognise this patient?');
insert into scenario_questions (scenario_id, list_index, question) values (10, 1, 'What could the student who received the message have done?');
insert into scenario_questions (scenario_id, list_index, question) values (10, 2, 'Is there a way to share what was learnt from this case appropriately?');

insert into scenarios (id, title, situation, draft, platform, audience, named_account, learning_point,
    guidance, expected_categories, excluded_categories, author_id, retired, created_at, updated_at)
values (11, 'Opening a private clinic',
    'An NHS GP opens a private aesthetics clinic at weekends and promotes it on her public Instagram account, which many of her NHS patients follow.',
    'Delighted to announce my new private skin clinic in Harrogate is open! Book your consultation with me now, first 20 clients get 30% off Botox. Link in bio 💉',
    'INSTAGRAM', 'PUBLIC', true,
    'Promoting your own services is allowed, but guidance asks you to declare your financial interest, keep claims factual and never exploit patients'' trust or lack of medical knowledge. Her NHS patients follow this account, and advertising a prescription-only medicine such as Botox to the public is against UK advertising rules.',
    'GMC-GMP-2024-90,GMC-GMP-2024-94,BMA-SM-2011-INTERESTS,MDU-INFLUENCERS', 'CONFLICT_OF_INTEREST', '', null, false, current_timestamp, current_timestamp);
insert into scenario_questions (scenario_id, list_index, question) values (11, 0, 'What would a clear declaration of interest look like here?');
insert into scenario_questions (scenario_id, list_index, question) values (11, 1, 'Should she promote the clinic to her NHS patients at all?');
insert into scenario_questions (scenario_id, list_index, question) values (11, 2, 'Which parts of this post would an advertising regulator question?');

insert into scenarios (id, title, situation, draft, platform, audience, named_account, learning_point,
    guidance, expected_categories, excluded_categories, author_id, retired, created_at, updated_at)
values (12, 'Turmeric for arthritis',
    'A GP with a large following reads a small study about a supplement and tweets about it with enthusiasm.',
    'Turmeric cures arthritis. I''ve told all my patients to throw away their anti-inflammatories, this works better than any pill.',
    'TWITTER', 'PUBLIC', true,
    'What a doctor says carries authority. Guidance requires what you communicate to be accurate and not misleading, and forbids presenting opinion as established fact. Telling people to stop prescribed medicine on the strength of a weak claim risks real harm.',
    'GMC-GMP-2024-89,GMC-GMP-2024-90,MDU-INFLUENCERS', 'UNSUBSTANTIATED', '', null, false, current_timestamp, current_timestamp);
insert into scenario_questions (scenario_id, list_index, question) values (12, 0, 'How would you share an interesting study honestly?');
insert into scenario_questions (scenario_id, list_index, question) values (12, 1, 'What is the harm if one reader stops their medicine?');

insert into scenarios (id, title, situation, draft, platform, audience, named_account, learning_point,
    guidance, expected_categories, excluded_categories, author_id, retired, created_at, updated_at)
values (13, 'Monday''s operating list',
    'A surgical registrar wants to show how busy his week is and drafts a tweet about his theatre list. A defence body has reported a real case in which a registrar posted a photo of his list showing ten patients'' names, dates of birth and NHS numbers. (The details below are invented; the NHS number is from the range never issued to patients.)',
    'My operating list for Monday, 10 cases back to back! Jane Holloway DOB 12/04/1961 NHS 999 275 3102 first up. Wish me luck',
    'TWITTER', 'PUBLIC', true,
    'Direct identifiers (a name, a date of birth, an NHS number) must never appear in a post, whatever the audience. Photos of lists, screens, whiteboards and wristbands leak the same details. To show your workload, describe it without any patient information.',
    'MDU-CASE-OPERATING-LIST,GMC-SM-2024-18,GMC-CONF-2017-119,GMC-SM-2024-CONSENT', 'CONFIDENTIALITY', '', null, false, current_timestamp, current_timestamp);
insert into scenario_questions (scenario_id, list_index, question) values (13, 0, 'Rewrite the post so it keeps the point about workload.');
insert into scenario_questions (scenario_id, list_index, question) values (13, 1, 'What else might be visible in the background of a photo taken at work?');

insert into scenarios (id, title, situation, draft, platform, audience, named_account, learning_point,
    guidance, expected_categories, excluded_categories, author_id, retired, created_at, updated_at)
values (14, 'Top trumps in a closed group',
    'In a closed online group for doctors with several thousand members, a GP trainee posts a patient''s strikingly high test result as a game of top trumps. One member recognises it as her own father''s result. A defence body reported a case like this; the practice considered reporting it to the Information Commissioner.',
    'Top trumps: who can beat this? 58-year-old man in my practice, CA 19-9 over 12,000, diagnosed last week with pancreatic cancer. Never seen a number like it.',
    'FORUM', 'DOCTORS_FORUM', true,
    'Closed groups are not private: membership checks are weak, and members have families. An age, a place, a time and an extreme result together identified this patient. Before posting, ask what the post is for and who will read it, and treat an unusual result as identifying.',
    'MDU-CLOSED-GROUPS,GMC-SM-2024-19,GMC-SM-2024-9,GMC-CONF-2017-EN2', 'CONFIDENTIALITY', '', null, false, current_timestamp, current_timestamp);
insert into scenario_questions (scenario_id, list_index, question) values (14, 0, 'Was any single detail identifying on its own?');
insert into scenario_questions (scenario_id, list_index, question) values (14, 1, 'Is there an educational version of this post that would be acceptable?');
insert into scenario_questions (scenario_id, list_index, question) values (14, 2, 'How would the patient''s family feel on reading it?');

insert into scenarios (id, title, situation, draft, platform, audience, named_account, learning_point,
    guidance, expected_categories, excluded_categories, author_id, retired, created_at, updated_at)
values (15, 'Friend requests and a compliment',
    'A foundation doctor treated a woman in the emergency department. She later posts about her gorgeous doctor and sends him friend requests. He drafts a post to his friends about it. MDU student notes describe a similar case.',
    'The woman I stitched up in A&E last week has sent me three friend requests and a message saying I''m gorgeous. She''s very pretty to be fair, maybe I''ll ask her out for a drink?',
    'FACEBOOK', 'FRIENDS', true,
    'Pursuing a relationship with a current patient is forbidden, and with a former patient it may still be an abuse of your position, depending on how recently you treated them and how vulnerable they were. Decline the requests, keep the boundary politely, and seek advice if the contact continues.',
    'GMC-GMP-2024-86,GMC-BOUND-2024,MDU-BOUNDARIES-2013,BMA-SM-2011-FRIEND-REQUESTS', 'BOUNDARIES', '', null, false, current_timestamp, current_timestamp);
insert into scenario_questions (scenario_id, list_index, question) values (15, 0, 'When, if ever, could a relationship with a former patient be acceptable?');
insert into scenario_questions (scenario_id, list_index, question) values (15, 1, 'What should he do about the messages?');
insert into scenario_questions (scenario_id, list_index, question) values (15, 2, 'Is posting about the patient a problem in itself?');

insert into scenarios (id, title, situation, draft, platform, audience, named_account, learning_point,
    guidance, expected_categories, excluded_categories, author_id, retired, created_at, updated_at)
values (16, 'Advice in the replies',
    'A stranger tags a well-known GP on Twitter/X, describing chest pain and a tingling arm. The GP wants to help and replies in public.',
    '@sarah_k82 sorry to hear about your chest pain and tingly arm, Sarah. You should take two aspirin and double your ramipril tonight, no need to go to A&E.',
    'TWITTER', 'PUBLIC', true,
    'Individual advice to someone you have not assessed is unsafe, and giving it in public blurs the professional boundary; repeating their symptoms publicly also exposes their health information. General information and signposting (call 999, or NHS 111) is the safe answer.',
    'RCGP-SMHC-3,RCGP-SMHC-5,GMC-SM-2024-18', 'BOUNDARIES,CONFIDENTIALITY', '', null, false, current_timestamp, current_timestamp);
insert into scenario_questions (scenario_id, list_index, question) values (16, 0, 'Write a safe, kind reply that fits in one tweet.');
insert into scenario_questions (scenario_id, list_index, question) values (16, 1, 'Where is the line between general health information and individual advice?');

insert into scenarios (id, title, situation, draft, platform, audience, named_account, learning_point,
    guidance, expected_categories, excluded_categories, author_id, retired, created_at, updated_at)
values (17, 'A day in the life',
    'A ward doctor with a growing following makes day-in-the-life posts, and wants to show how busy the ward is.',
    'Day in the life of a ward doctor! Here''s a pic of our whiteboard with all the patient names and beds so you can see how busy it is 👩‍⚕️',
    'INSTAGRAM', 'PUBLIC', true,
    'Photos and videos at work capture more than you intend: whiteboards, screens, lists and patients in the background. Once the hospital is known, anyone in shot can be identified. Keep cameras out of clinical areas unless there is consent and a clear purpose.',
    'MDU-STUDENT-CONTENT,GMC-CONF-2017-119,GMC-SM-2024-18,RCGP-SMHC-4', 'CONFIDENTIALITY', '', null, false, current_timestamp, current_timestamp);
insert into scenario_questions (scenario_id, list_index, question) values (17, 0, 'What would need to be true for filming on a ward to be acceptable?');
insert into scenario_questions (scenario_id, list_index, question) values (17, 1, 'Which details in a background can give away where you work?');

insert into scenarios (id, title, situation, draft, platform, audience, named_account, learning_point,
    guidance, expected_categories, excluded_categories, author_id, retired, created_at, updated_at)
values (18, 'About the clinical director',
    'After a difficult departmental meeting, a consultant tweets about the new clinical director from his named account.',
    'Our new clinical director is a useless, incompetent clown who couldn''t run a bath. Everyone on the unit hates her.',
    'TWITTER', 'PUBLIC', true,
    'Guidance asks you to treat colleagues with kindness, courtesy and respect, online as anywhere. A public personal attack can amount to bullying and may be defamatory. Disagreements about management belong in the meeting, with your own manager or in formal channels.',
    'GMC-GMP-2024-48,GMC-SM-2024-14,GMC-SM-2024-15,BMA-SM-2011-DEROGATORY', 'TONE', 'CONFIDENTIALITY', null, false, current_timestamp, current_timestamp);
insert into scenario_questions (scenario_id, list_index, question) values (18, 0, 'Is there a version of this frustration that would be fine to post?');
insert into scenario_questions (scenario_id, list_index, question) values (18, 1, 'What would you do if a colleague posted it?');

insert into scenarios (id, title, situation, draft, platform, audience, named_account, learning_point,
    guidance, expected_categories, excluded_categories, author_id, retired, created_at, updated_at)
values (19, 'A discount code for collagen',
    'A doctor with a wellness following is sent free supplements and a personal discount code by a brand, which pays her commission on every sale.',
    'My favourite collagen gummies for glowing skin! Use my code DRLUCY20 for 20% off, they''re the only supplement I recommend to my patients ✨',
    'INSTAGRAM', 'PUBLIC', true,
    'A personal code earns money on every sale: that is a financial interest readers must be told about, clearly and up front. Mentioning her patients also trades on clinical trust, and a claim about glowing skin needs evidence.',
    'GMC-GMP-2024-90,BMA-SM-2011-INTERESTS,MDU-INFLUENCERS', 'CONFLICT_OF_INTEREST', '', null, false, current_timestamp, current_timestamp);
insert into scenario_questions (scenario_id, list_index, question) values (19, 0, 'What, if anything, would make this post acceptable?');
insert into scenario_questions (scenario_id, list_index, question) values (19, 1, 'Does it matter that she genuinely likes the product?');

insert into scenarios (id, title, situation, draft, platform, audience, named_account, learning_point,
    guidance, expected_categories, excluded_categories, author_id, retired, created_at, updated_at)
values (20, 'MMR and autism',
    'A doctor repeats a long-debunked claim about the MMR vaccine in a public local parents'' group.',
    'The MMR vaccine causes autism, and the government knows it. As a doctor I would never vaccinate my own children.',
    'FACEBOOK', 'PUBLIC', true,
    'The study behind this claim was retracted as fraudulent, and large studies have found no link. A doctor repeating it lends it authority and puts children at risk. What you communicate must be accurate and consistent with protecting health.',
    'GMC-GMP-2024-89,GMC-GMP-2024-90,GMC-SM-2024-7', 'UNSUBSTANTIATED', '', null, false, current_timestamp, current_timestamp);
insert into scenario_questions (scenario_id, list_index, question) values (20, 0, 'How would you respond to a parent who believes this?');
insert into scenario_questions (scenario_id, list_index, question) values (20, 1, 'Where does a doctor''s freedom of expression end on health topics?');

insert into scenarios (id, title, situation, draft, platform, audience, named_account, learning_point,
    guidance, expected_categories, excluded_categories, author_id, retired, created_at, updated_at)
values (21, 'A cover-up, stated as fact',
    'A doctor hears rumours from colleagues about deaths on a neighbouring hospital''s maternity unit and tweets them as fact. The hospital here is fictional.',
    'Ashbury General Hospital is covering up the deaths of at least nine babies on its maternity unit, and the chief executive is lying to the families.',
    'TWITTER', 'PUBLIC', true,
    'Concerns about patient safety must be raised, but through the proper channels, not as unsupported allegations on social media. Stating rumour as fact about a named organisation or person can be defamatory, and can hurt the families involved.',
    'GMC-SM-2024-15,GMC-GMP-2024-89,BMA-SM-2011-DEFAMATION', 'UNSUBSTANTIATED', '', null, false, current_timestamp, current_timestamp);
insert into scenario_questions (scenario_id, list_index, question) values (21, 0, 'What are the proper ways to raise this concern?');
insert into scenario_questions (scenario_id, list_index, question) values (21, 1, 'How would this read to a family who lost a baby at that hospital?');

insert into scenarios (id, title, situation, draft, platform, audience, named_account, learning_point,
    guidance, expected_categories, excluded_categories, author_id, retired, created_at, updated_at)
values (22, 'Venting about clinic',
    'At the end of a long clinic, a GP vents in a doctors-only online forum.',
    'Clinic today was a parade of fat, lazy time-wasters who can''t put down the biscuits. Why do we bother?',
    'FORUM', 'DOCTORS_FORUM', true,
    'Derogatory comments about patients are inappropriate in any forum, and show a contempt patients would find deeply hurtful. Doctors-only forums have thousands of members, and posts get screenshotted. The frustration is real: take it to a colleague, a support group or your supervisor instead.',
    'BMA-SM-2011-DEROGATORY,GMC-SM-2024-14,GMC-GMP-2024-NO-ABUSE,RCGP-SMHC-7', 'TONE', 'CONFIDENTIALITY', null, false, current_timestamp, current_timestamp);
insert into scenario_questions (scenario_id, list_index, question) values (22, 0, 'What is the difference between venting and demeaning?');
insert into scenario_questions (scenario_id, list_index, question) values (22, 1, 'Would the post be acceptable if no patient could ever see it?');

insert into scenarios (id, title, situation, draft, platform, audience, named_account, learning_point,
    guidance, expected_categories, excluded_categories, author_id, retired, created_at, updated_at)
values (23, 'A flu jab reminder',
    'A GP uses her named account to remind her followers about the flu vaccine.',
    'Flu season is here. If you are over 65, pregnant, or have a long-term condition, you can get a free flu jab at your GP practice or pharmacy. It takes five minutes.',
    'TWITTER', 'PUBLIC', true,
    'This is what good looks like: accurate, general, signposted, and from a named professional. Social media is a powerful way to promote health when it stays general and evidence-based.',
    'RCGP-SMHC-3,GMC-SM-2024-SAY-WHO-YOU-ARE', '', 'CONFIDENTIALITY,ANONYMITY,TONE,BOUNDARIES,PROFESSIONALISM,CONFLICT_OF_INTEREST,UNSUBSTANTIATED', null, false, current_timestamp, current_timestamp);
insert into scenario_questions (scenario_id, list_index, question) values (23, 0, 'What makes this post safe when others in the casebook are not?');
insert into scenario_questions (scenario_id, list_index, question) values (23, 1, 'How could it go wrong if a follower replies asking about their own symptoms?');

insert into scenarios (id, title, situation, draft, platform, audience, named_account, learning_point,
    guidance, expected_categories, excluded_categories, author_id, retired, created_at, updated_at)
values (24, 'Declining a friend request',
    'A patient sends her GP a friend request. The GP replies with a short private message.',
    'Thank you for thinking of me, but I''m afraid I can''t accept friend requests from patients. If you need anything about your care, please call the surgery.',
    'FACEBOOK', 'FRIENDS', true,
    'The right response: polite, brief, no clinical discussion, and a pointer to the proper channels. Declining can feel rude, but guidance is clear that it is the right thing to do.',
    'BMA-ETK-2015-12,MDU-BOUNDARIES-2013,GMC-SM-2013-BOUNDARY', '', 'BOUNDARIES,CONFIDENTIALITY', null, false, current_timestamp, current_timestamp);
insert into scenario_questions (scenario_id, list_index, question) values (24, 0, 'Should the GP reply at all, or simply ignore the request?');
insert into scenario_questions (scenario_id, list_index, question) values (24, 1, 'What if the patient replies with a question about her results?');

insert into scenarios (id, title, situation, draft, platform, audience, named_account, learning_point,
    guidance, expected_categories, excluded_categories, author_id, retired, created_at, updated_at)
values (25, 'Campaigning from a named account',
    'A GP campaigns about waiting times for mental health care from his named account.',
    'As a GP in Leeds, I see every week how long waits for mental health care hurt people. I''ve written to my MP about it, and I''d urge you to do the same.',
    'TWITTER', 'PUBLIC', true,
    'Doctors are free to speak up about services and policy, and saying who you are gives the view weight and accountability. The same post from an anonymous account would raise the question of who is speaking.',
    'GMC-SM-2024-7,GMC-SM-2024-SAY-WHO-YOU-ARE', '', 'CONFIDENTIALITY,ANONYMITY,TONE,BOUNDARIES,PROFESSIONALISM,CONFLICT_OF_INTEREST,UNSUBSTANTIATED', null, false, current_timestamp, current_timestamp);
insert into scenario_questions (scenario_id, list_index, question) values (25, 0, 'What would change if the account were anonymous?');
insert into scenario_questions (scenario_id, list_index, question) values (25, 1, 'Where would a campaign like this cross a line?');

insert into scenarios (id, title, situation, draft, platform, audience, named_account, learning_point,
    guidance, expected_categories, excluded_categories, author_id, retired, created_at, updated_at)
values (26, 'Dinner with a former patient',
    'A GP meets a former patient at the gym. They connect on Facebook and start messaging. A GMC learning case follows a GP who was reported by a colleague after a relationship with a former patient began on Facebook.',
    'Bumped into a former patient of mine at the gym, we''ve been messaging on Facebook since she accepted my friend request and we''re going for dinner on Friday 😍',
    'FACEBOOK', 'FRIENDS', true,
    'Guidance does not forbid every relationship with a former patient, but asks you to weigh how recently and for how long you treated them and how vulnerable they were. Starting it over social media, and announcing it, invites the question of whether you used your position.',
    'GMC-BOUND-2024,GMC-GMP-2024-86,BMA-SM-2011-FRIEND-REQUESTS', 'BOUNDARIES', '', null, false, current_timestamp, current_timestamp);
insert into scenario_questions (scenario_id, list_index, question) values (26, 0, 'What would make this clearly unacceptable?');
insert into scenario_questions (scenario_id, list_index, question) values (26, 1, 'Should the GP speak to anyone before Friday?');

-- Scenarios that trainers write are numbered from 1000, clear of the shipped ones.
alter table scenarios alter column id restart with 1000;
