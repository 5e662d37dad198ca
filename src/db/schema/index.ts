/** Every table of the application. Order matters for backup/restore: parents before children. */
export * from './accounts.ts';
export * from './audit.ts';
export * from './community.ts';
export * from './development.ts';
export * from './imports.ts';
export * from './inventory.ts';
export * from './literacy.ts';
export * from './matching.ts';
export * from './notifications.ts';
export * from './orgs.ts';
export * from './placement.ts';
export * from './practices.ts';
export * from './procurement.ts';
export * from './recruitment.ts';
export * from './search.ts';
export * from './skills.ts';
export * from './talent.ts';
export * from './workforce.ts';

import {
  loginAttempts,
  mfaChallenges,
  mfaRecoveryCodes,
  oidcLoginRequests,
  passwordResetTokens,
  sessions,
  users,
} from './accounts.ts';
import { auditLog } from './audit.ts';
import {
  commitments,
  communityCases,
  forumMembers,
  meetingAttendees,
  meetingMaterials,
  meetings,
} from './community.ts';
import { trainingCourses, trainingPlanItems, trainingPlans } from './development.ts';
import { importBatchChunks, importBatches } from './imports.ts';
import { systems } from './inventory.ts';
import { literacyCourses, literacyParticipation, literacySessions } from './literacy.ts';
import { matchingRuns, matchingScenarios } from './matching.ts';
import {
  calendarFeeds,
  mailOutbox,
  notificationEvents,
  notificationPreferences,
  notifications,
  orgNotificationSettings,
} from './notifications.ts';
import { orgParticipation, orgs } from './orgs.ts';
import { assignments, posts } from './placement.ts';
import { practiceAdoptions, practiceAttachments, practiceComments, practices } from './practices.ts';
import { jointSystemParticipants, jointSystems } from './procurement.ts';
import { recruitmentExams } from './recruitment.ts';
import { searchSynonyms } from './search.ts';
import { skillAssessments, skillEvidence, skillSheets } from './skills.ts';
import { people, personCertifications, personLocationPreferences } from './talent.ts';
import { orgTargetPositions } from './workforce.ts';

/** Tables in dependency order (a table's foreign keys point only to tables before it). */
export const TABLES_IN_DEPENDENCY_ORDER = [
  orgs,
  orgParticipation,
  users,
  sessions,
  loginAttempts,
  passwordResetTokens,
  mfaRecoveryCodes,
  mfaChallenges,
  oidcLoginRequests,
  auditLog,
  people,
  personCertifications,
  personLocationPreferences,
  posts,
  assignments,
  skillSheets,
  skillAssessments,
  skillEvidence,
  trainingCourses,
  trainingPlans,
  trainingPlanItems,
  matchingScenarios,
  matchingRuns,
  recruitmentExams,
  forumMembers,
  meetings,
  meetingAttendees,
  meetingMaterials,
  commitments,
  communityCases,
  literacyCourses,
  literacySessions,
  literacyParticipation,
  orgTargetPositions,
  importBatches,
  importBatchChunks,
  systems,
  practices,
  searchSynonyms,
  practiceAttachments,
  practiceComments,
  practiceAdoptions,
  jointSystems,
  jointSystemParticipants,
  notifications,
  mailOutbox,
  notificationPreferences,
  orgNotificationSettings,
  calendarFeeds,
  notificationEvents,
];
