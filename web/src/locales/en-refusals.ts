/**
 * The server's refusals a person can meet on the screens, as whole sentences (an error's `say`,
 * src/server/phrases.ts). The English `message` beside each stays for the command line and other
 * API readers; a number that picks the plural form is `{count}`, a date is written the reader's way.
 */
export const enRefusals = {
  // Shared by several areas
  'phrase.refuse.before1970': 'Dates before 1970 are not supported.',
  'phrase.refuse.notYourDomain': '“{value}” is not one of your domains. Add it first, or pick another.',
  'phrase.refuse.notYourMetric': '“{value}” is not one of your check-in metrics (or it is not accepted yet).',
  'phrase.refuse.cue': 'Name the moment it follows, e.g. “After I pour the coffee”.',
  'phrase.refuse.startWithin': {
    one: 'Start within the next day.',
    other: 'Start within the next {count} days.',
  },
  'phrase.refuse.twoDecimals': 'Use at most two decimals, e.g. 1.5 or 0.25.',
  'phrase.refuse.paceFull': {
    one: 'Your pace for {domain} is {count} change at a time, and “{action}” is still settling in. Graduate or pause it first, or decide together to raise the pace.',
    other:
      'Your pace for {domain} is {count} changes at a time, and “{action}” is still settling in. Graduate or pause it first, or decide together to raise the pace.',
  },
  // The log
  'phrase.refuse.conflictGone': 'That conflict was not found. Pick one from your log.',
  // Check-ins and metrics
  'phrase.refuse.scaleOrder': 'The top of the scale must be above its bottom.',
  'phrase.refuse.metricRange': '{name} goes from {min} to {max}; {value} is outside.',
  'phrase.refuse.metricNotWaiting': 'That metric is no longer waiting to be accepted.',
  'phrase.refuse.metricRetired': 'That metric is already retired.',
  'phrase.refuse.monthAnswered':
    'You have answered this month’s questions already. The next ones come next month.',
  'phrase.refuse.noNote': 'There is no note to share or keep private.',
  // Rituals
  'phrase.refuse.ritualWeekday': 'A weekly ritual needs a weekday.',
  'phrase.refuse.ritualDayOfMonth': 'This ritual needs a day of the month (1–28).',
  'phrase.refuse.ritualFuture': 'A ritual can’t be done on a day that hasn’t come yet.',
  'phrase.refuse.ritualWeekLate': 'A ritual can be marked done up to a week later.',
  'phrase.refuse.ritualOff': 'That ritual is switched off. Switch it on first.',
  // Habits
  'phrase.refuse.habitResting': 'This habit is not active; resume it to check off days again.',
  'phrase.refuse.thanksAlready': 'You already said thanks for this one.',
  'phrase.refuse.habitStart': {
    one: 'Start within the last day or the next {ahead}.',
    other: 'Start within the last {count} days or the next {ahead}.',
  },
  'phrase.refuse.targetYesNo':
    'This habit is yes or no; to count something, start a new habit with a target.',
  'phrase.refuse.retireReason': 'A few words on why help later: what was missing from the training loop?',
  'phrase.refuse.pickWeekday': 'Pick at least one day of the week.',
  'phrase.refuse.targetPositive': 'A target is a number above 0, e.g. 20 (minutes).',
  'phrase.refuse.targetMax': 'A target is at most {max}.',
  'phrase.refuse.targetUnit': 'Name what you count, e.g. “minutes” or “pages”.',
  'phrase.refuse.amountMissing': 'How much today? Enter the amount in {unit}.',
  'phrase.refuse.amountNegative': 'An amount is 0 or more {unit}.',
  'phrase.refuse.amountMax': 'An amount is at most {max}.',
  // Anchors, stress periods, roles and the archive
  'phrase.refuse.anchorName': 'Give the anchor a name, e.g. “Date night”.',
  'phrase.refuse.anchorFromLog': 'This anchor is kept by log entries; add one to the log instead.',
  'phrase.refuse.stressFromLifeEvent': 'A stress period opens from a life event entry.',
  'phrase.refuse.stressShareFirst':
    'Share this life event with your partner first; a stress period is for both of you.',
  'phrase.refuse.stressName': 'Name what is happening, e.g. “New baby”.',
  'phrase.refuse.stressOpenedOn': 'A stress period opens today or on a day that has passed.',
  'phrase.refuse.stressOpen': 'A stress period is already open; close it before opening another.',
  'phrase.refuse.stressClosed': 'This stress period is already closed.',
  'phrase.refuse.crisisOn': 'Crisis mode is already on.',
  'phrase.refuse.roleName': 'Name the role, e.g. “lover” or “co-parent”.',
  'phrase.refuse.archiveHabitGone': 'That habit is no longer here; start it again from the habits screen.',
  'phrase.refuse.archiveHabitActive': 'That habit is already part of your days.',
  'phrase.refuse.archiveRitual': 'That ritual is already on, or no longer here.',
  'phrase.refuse.archiveAnchor': 'That anchor is still with you.',
  // The couple space and invites
  'phrase.refuse.timeZone': '“{value}” is not a time zone we know. Try one like “Europe/Berlin”.',
  'phrase.refuse.inCouple': 'You are already in a couple space.',
  'phrase.refuse.coachNotPartner': 'A coach account does not join a couple as a partner.',
  'phrase.refuse.partnerJoined': 'Your partner has already joined.',
  'phrase.refuse.waitMinutes': {
    one: 'Too many attempts. Please wait a minute and try again.',
    other: 'Too many attempts. Please wait {count} minutes and try again.',
  },
  'phrase.refuse.inviteWrong': 'That invite code is not right. Check it with your partner.',
  'phrase.refuse.inviteUsed': 'That invite code has already been used. Ask your partner for a new one.',
  'phrase.refuse.inviteExpired': 'That invite code has expired. Ask your partner for a new one.',
  'phrase.refuse.coupleFull': 'That couple space already has two partners.',
  'phrase.refuse.domainLetters': 'A domain needs at least one letter or digit.',
  'phrase.refuse.domainExists': 'You already have a domain called “{value}”.',
  // Experiments
  'phrase.refuse.experimentNotRunning': 'This experiment is not running.',
  'phrase.refuse.experimentTitle': 'Name the behaviour to try, e.g. “Phones in the drawer at dinner”.',
  'phrase.refuse.invitePartnerFirst':
    'Invite your partner first: an experiment starts when both of you accept it.',
  'phrase.refuse.primaryMeasured': 'The primary metric is already measured.',
  'phrase.refuse.blindNeedsDoer':
    'Blinding needs one of you to do the B behaviour, so the other can rate without knowing the phase.',
  'phrase.refuse.settlingDays': {
    one: 'With {days}-day phases, at most {count} settling day leaves two days to compare.',
    other: 'With {days}-day phases, at most {count} settling days leave two days to compare.',
  },
  'phrase.refuse.metricBusy':
    '“{title}” is already running on {metric}. Two experiments on one metric would blur each other; stop it or wait until it ends on {date}.',
  'phrase.refuse.experimentNotWaiting': 'This experiment is no longer waiting for acceptance.',
  'phrase.refuse.experimentAccepted': 'You have already accepted it; it waits for your partner.',
  'phrase.refuse.partnerChanged': 'Your partner changed this experiment a moment ago; have a look again.',
  'phrase.refuse.stopReason': 'Say in a few words why, for the record.',
  'phrase.refuse.nextStepAfter':
    'The next step comes after the results, once the experiment has ended or been stopped.',
  'phrase.refuse.nextStepChosen': 'You already chose the next step for this experiment.',
  'phrase.refuse.rerunLonger': {
    one: 'Run it longer than {count} day per phase.',
    other: 'Run it longer than {count} days per phase.',
  },
  'phrase.refuse.partnerChoseNext': 'Your partner chose a next step a moment ago; have a look again.',
  // Exploration
  'phrase.refuse.ideaText': 'Write the idea in a few words.',
  'phrase.refuse.ideaGone': 'That idea is not in your pool.',
  'phrase.refuse.tryStart': 'A try starts today or on a day that has passed.',
  'phrase.refuse.tryCheckOn': 'Pick a day after the start to decide whether to keep it.',
  'phrase.refuse.tryKept': 'You already decided on this one: you kept it.',
  'phrase.refuse.tryBack': 'You already decided on this one: back to normal.',
  // Alignment
  'phrase.refuse.quarterNotBegun': '{quarter} has not begun yet; this quarter is {current}.',
  'phrase.refuse.rewardText': 'A reward needs a few words.',
  'phrase.refuse.rewardTwice': '“{value}” is in the list twice.',
  'phrase.refuse.submitRewards': 'Before you submit, list at least one reward you seek.',
  'phrase.refuse.submitDomains': 'Before you submit, rank the domains that matter to you.',
  'phrase.refuse.roundExists': 'There is already a round for {quarter}.',
  'phrase.refuse.roundSubmitted': 'You have submitted your answer for this round; it stays as you sent it.',
  'phrase.refuse.revealFirst': 'Shared metrics come from the reveal, once both of you have submitted.',
  // Coach
  'phrase.refuse.coachLinkEnded': 'That coach link has ended; invite the coach again if you wish.',
  'phrase.refuse.partnerNotCoach': 'A partner in a couple space cannot be a coach with the same account.',
  'phrase.refuse.alreadyCoach': 'This account is already a coach account.',
  'phrase.refuse.coachCodeWrong': 'That invite code is not right. Check it with the couple.',
  'phrase.refuse.coachCodeGone':
    'That invite code was used, withdrawn or has expired. Ask the couple for a new one.',
  'phrase.refuse.sessionHeld': 'A session is noted once it has been held.',
  'phrase.refuse.suggestionAnswered': 'That suggestion has been answered already.',
  // Credit, insights, reminders, import
  'phrase.refuse.hintGone': 'That hint is not among your hints (any more); reload them.',
  'phrase.refuse.creditEntry': 'Credit goes to your partner: choose one of their entries.',
  'phrase.refuse.creditCheckoff': 'Credit goes to your partner: choose one of their check-offs.',
  'phrase.refuse.creditDone': 'You already did tonight’s credit review. See you tomorrow evening.',
  'phrase.refuse.failureAnalysisFor':
    'A failure analysis is for a habit you retired or an experiment you stopped or dropped.',
  'phrase.refuse.quietHours': 'Quiet hours need both a start and an end.',
  'phrase.refuse.fileBroken': 'The file did not arrive intact. Please choose it again.',
  // Account and passkeys
  'phrase.refuse.emailTaken': 'An account with this email already exists. Log in instead.',
  'phrase.refuse.passwordWrong': 'That password is not right.',
  'phrase.refuse.currentPasswordWrong': 'Your current password is not right.',
  'phrase.refuse.passkeyExpired': 'This request to add a passkey has expired. Please start again.',
  'phrase.refuse.passkeyUnchecked':
    'Your device’s answer could not be checked, so no passkey was added. Please try again.',
  'phrase.refuse.passkeyAdded': 'This passkey is already added.',
  'phrase.refuse.signInExpired': 'This sign-in has expired. Please start again.',
  'phrase.refuse.unlockExpired': 'This unlock has expired. Please try again.',
  'phrase.refuse.noPasskey': 'You have no passkey yet. Unlock with your password.',
  // Second pass
  'phrase.refuse.waitSeconds': {
    one: 'Too many attempts. Please wait a second and try again.',
    other: 'Too many attempts. Please wait {count} seconds and try again.',
  },
  'phrase.refuse.submitOptimizingFor':
    'Before you submit, write a few words about what you are optimizing for.',
  'phrase.refuse.submitSuccessMeans': 'Before you submit, write a few words about what success means to you.',
  'phrase.refuse.submitRewardsSought': 'Before you submit, write a few words about the rewards you seek.',
  'phrase.refuse.submitStand': 'Before you submit, say where you stand on every scale.',
  'phrase.refuse.domainRankedTwice': '“{value}” is ranked twice.',
  'phrase.refuse.habitAlready.active': 'This habit is already active.',
  'phrase.refuse.habitAlready.paused': 'This habit is already paused.',
  'phrase.refuse.habitAlready.graduated': 'This habit has already graduated.',
  'phrase.refuse.habitAlready.retired': 'This habit is already retired.',
  'phrase.refuse.coupleDomain': '“{value}” is not one of the couple’s domains.',
  'phrase.refuse.coupleMetric': '“{value}” is not one of the couple’s check-in metrics.',
  'phrase.refuse.metricNotAccepted': 'That metric is not one of your accepted metrics.',
  'phrase.refuse.historyOrder': 'Start on or before the last day.',
  'phrase.refuse.historyMax': {
    one: 'Ask for at most {count} day at a time.',
    other: 'Ask for at most {count} days at a time.',
  },
  'phrase.refuse.passkeyNotYours':
    'This passkey is not one of yours, so it cannot unlock attune here. Use your own passkey or your password.',
  'phrase.refuse.passkeyNotCheckedUnlock':
    'This passkey could not be checked. Try again, or unlock with your password.',
  'phrase.refuse.passkeyNotCheckedLogIn':
    'This passkey could not be checked. Try again, or log in with your password.',
  'phrase.refuse.tooManyAccounts': 'Too many new accounts from this address. Please try again later.',
  'phrase.refuse.importProblems': {
    one: 'Nothing was imported: the file has one problem, on line {line}. The preview shows what it is.',
    other:
      'Nothing was imported: the file has {count} problems; the first is on line {line}. The preview shows what they are.',
  },
} as const;
