import { createBrowserRouter } from 'react-router';
import { LoginPage } from '../auth/LoginPage.tsx';
import { RequireArea, RequireAuth } from '../auth/RequireAuth.tsx';
import { AppShell } from '../components/AppShell.tsx';
import { RouteError } from '../components/RouteError.tsx';
import { AuditPage } from './audit/AuditPage.tsx';
import { DashboardPage } from './dashboard/DashboardPage.tsx';
import { HomePage } from './home/HomePage.tsx';
import { ImportPage } from './imports/ImportPage.tsx';
import { BusinessesPage } from './inventory/BusinessesPage.tsx';
import { InventoryPage } from './inventory/InventoryPage.tsx';
import { StandardisationPage } from './inventory/StandardisationPage.tsx';
import { SystemDetailPage } from './inventory/SystemDetailPage.tsx';
import { SystemEditPage, SystemNewPage } from './inventory/SystemFormPage.tsx';
import { LiteracyPage } from './literacy/LiteracyPage.tsx';
import { MatchingPage } from './matching/MatchingPage.tsx';
import { MatchingRulesPage } from './matching/MatchingRulesPage.tsx';
import { CasesPage } from './meetings/CasesPage.tsx';
import { CommitmentsPage } from './meetings/CommitmentsPage.tsx';
import { ForumMembersPage } from './meetings/ForumMembersPage.tsx';
import { MeetingDetailPage } from './meetings/MeetingDetailPage.tsx';
import { MeetingNewPage } from './meetings/MeetingNewPage.tsx';
import { MeetingsPage } from './meetings/MeetingsPage.tsx';
import { NotFoundPage } from './not-found/NotFoundPage.tsx';
import { OrgDetailPage } from './orgs/OrgDetailPage.tsx';
import { OrgsPage } from './orgs/OrgsPage.tsx';
import { MyProfilePage } from './people/MyProfilePage.tsx';
import { PeopleImportPage } from './people/PeopleImportPage.tsx';
import { PeoplePage } from './people/PeoplePage.tsx';
import { PersonPage } from './people/PersonPage.tsx';
import { PlacementPage } from './placement/PlacementPage.tsx';
import { PracticeDetailPage } from './practices/PracticeDetailPage.tsx';
import { PracticeEditPage, PracticeNewPage } from './practices/PracticeFormPage.tsx';
import { PracticesPage } from './practices/PracticesPage.tsx';
import { ProcurementPage } from './procurement/ProcurementPage.tsx';
import { RecruitmentPage } from './recruitment/RecruitmentPage.tsx';
import { ReportPage } from './reports/ReportPage.tsx';
import { SearchPage } from './search/SearchPage.tsx';
import { SkillGapsPage } from './skills/SkillGapsPage.tsx';
import { SkillSheetPage } from './skills/SkillSheetPage.tsx';
import { TrainingPlanPage } from './training/TrainingPlanPage.tsx';
import { UsersPage } from './users/UsersPage.tsx';
import { WorkforcePage } from './workforce/WorkforcePage.tsx';

/** The app's routes: the login page, and every other page behind sign-in inside the app shell. */
export function createAppRouter() {
  return createBrowserRouter([
    { path: '/login', element: <LoginPage />, errorElement: <RouteError /> },
    {
      element: <RequireAuth />,
      errorElement: <RouteError />,
      children: [
        {
          element: <AppShell />,
          children: [
            { index: true, element: <HomePage /> },
            { path: 'orgs', element: <OrgsPage /> },
            { path: 'orgs/:code', element: <OrgDetailPage /> },
            { path: 'placement', element: <PlacementPage /> },
            {
              element: <RequireArea area="matching" />,
              children: [
                { path: 'matching', element: <MatchingPage /> },
                { path: 'matching/rules', element: <MatchingRulesPage /> },
              ],
            },
            {
              element: <RequireArea area="people" />,
              children: [{ path: 'people', element: <PeoplePage /> }],
            },
            {
              element: <RequireArea area="person" />,
              children: [{ path: 'people/:id', element: <PersonPage /> }],
            },
            {
              element: <RequireArea area="me" />,
              children: [{ path: 'me', element: <MyProfilePage /> }],
            },
            {
              element: <RequireArea area="peopleImport" />,
              children: [{ path: 'people/import', element: <PeopleImportPage /> }],
            },
            {
              element: <RequireArea area="skills" />,
              children: [{ path: 'skills', element: <SkillGapsPage /> }],
            },
            {
              element: <RequireArea area="skillSheet" />,
              children: [{ path: 'people/:id/skills', element: <SkillSheetPage /> }],
            },
            {
              element: <RequireArea area="training" />,
              children: [{ path: 'people/:id/training', element: <TrainingPlanPage /> }],
            },
            {
              element: <RequireArea area="users" />,
              children: [{ path: 'users', element: <UsersPage /> }],
            },
            {
              element: <RequireArea area="audit" />,
              children: [{ path: 'audit', element: <AuditPage /> }],
            },
            {
              element: <RequireArea area="dashboard" />,
              children: [{ path: 'dashboard', element: <DashboardPage /> }],
            },
            {
              element: <RequireArea area="meetings" />,
              children: [
                { path: 'meetings/cases', element: <CasesPage /> },
                { path: 'meetings', element: <MeetingsPage /> },
                { path: 'meetings/new', element: <MeetingNewPage /> },
                { path: 'meetings/commitments', element: <CommitmentsPage /> },
                { path: 'meetings/forum', element: <ForumMembersPage /> },
                { path: 'meetings/:id', element: <MeetingDetailPage /> },
              ],
            },
            {
              element: <RequireArea area="reports" />,
              children: [{ path: 'reports', element: <ReportPage /> }],
            },
            { path: 'inventory', element: <InventoryPage /> },
            { path: 'inventory/businesses', element: <BusinessesPage /> },
            { path: 'inventory/standardisation', element: <StandardisationPage /> },
            { path: 'inventory/:id', element: <SystemDetailPage /> },
            {
              element: <RequireArea area="imports" />,
              children: [
                { path: 'inventory/import', element: <ImportPage /> },
                { path: 'practices/import', element: <ImportPage kind="practices" /> },
              ],
            },
            {
              element: <RequireArea area="records" />,
              children: [
                { path: 'inventory/new', element: <SystemNewPage /> },
                { path: 'inventory/:id/edit', element: <SystemEditPage /> },
                { path: 'practices/new', element: <PracticeNewPage /> },
                { path: 'practices/:id/edit', element: <PracticeEditPage /> },
              ],
            },
            { path: 'search', element: <SearchPage /> },
            { path: 'procurement', element: <ProcurementPage /> },
            { path: 'practices', element: <PracticesPage /> },
            { path: 'practices/:id', element: <PracticeDetailPage /> },
            {
              element: <RequireArea area="recruitment" />,
              children: [{ path: 'recruitment', element: <RecruitmentPage /> }],
            },
            {
              element: <RequireArea area="workforce" />,
              children: [{ path: 'workforce', element: <WorkforcePage /> }],
            },
            {
              element: <RequireArea area="literacy" />,
              children: [{ path: 'literacy', element: <LiteracyPage /> }],
            },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
