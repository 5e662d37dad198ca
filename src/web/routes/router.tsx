import { createBrowserRouter } from 'react-router';
import { LoginPage } from '../auth/LoginPage.tsx';
import { PasswordResetPage } from '../auth/PasswordResetPage.tsx';
import { RequireArea, RequireAuth } from '../auth/RequireAuth.tsx';
import { AppShell } from '../components/AppShell.tsx';
import { RouteError } from '../components/RouteError.tsx';
import { page } from './lazy-page.ts';

/** The app's routes: the login page, and every other page behind sign-in inside the app shell. */
export function createAppRouter() {
  return createBrowserRouter([
    { path: '/login', element: <LoginPage />, errorElement: <RouteError /> },
    { path: '/password-reset', element: <PasswordResetPage />, errorElement: <RouteError /> },
    {
      element: <RequireAuth />,
      errorElement: <RouteError />,
      children: [
        {
          element: <AppShell />,
          children: [
            {
              index: true,
              lazy: page(
                () => import('./home/HomePage.tsx'),
                (m) => m.HomePage,
              ),
            },
            {
              path: 'orgs',
              lazy: page(
                () => import('./orgs/OrgsPage.tsx'),
                (m) => m.OrgsPage,
              ),
            },
            {
              path: 'orgs/:code',
              lazy: page(
                () => import('./orgs/OrgDetailPage.tsx'),
                (m) => m.OrgDetailPage,
              ),
            },
            {
              path: 'placement',
              lazy: page(
                () => import('./placement/PlacementPage.tsx'),
                (m) => m.PlacementPage,
              ),
            },
            {
              element: <RequireArea area="matching" />,
              children: [
                {
                  path: 'matching',
                  lazy: page(
                    () => import('./matching/MatchingPage.tsx'),
                    (m) => m.MatchingPage,
                  ),
                },
              ],
            },
            {
              element: <RequireArea area="people" />,
              children: [
                {
                  path: 'people',
                  lazy: page(
                    () => import('./people/PeoplePage.tsx'),
                    (m) => m.PeoplePage,
                  ),
                },
              ],
            },
            {
              element: <RequireArea area="person" />,
              children: [
                {
                  path: 'people/:id',
                  lazy: page(
                    () => import('./people/PersonPage.tsx'),
                    (m) => m.PersonPage,
                  ),
                },
              ],
            },
            {
              element: <RequireArea area="me" />,
              children: [
                {
                  path: 'me',
                  lazy: page(
                    () => import('./people/MyProfilePage.tsx'),
                    (m) => m.MyProfilePage,
                  ),
                },
              ],
            },
            {
              element: <RequireArea area="peopleImport" />,
              children: [
                {
                  path: 'people/import',
                  lazy: page(
                    () => import('./people/PeopleImportPage.tsx'),
                    (m) => m.PeopleImportPage,
                  ),
                },
              ],
            },
            {
              element: <RequireArea area="skills" />,
              children: [
                {
                  path: 'skills',
                  lazy: page(
                    () => import('./skills/SkillGapsPage.tsx'),
                    (m) => m.SkillGapsPage,
                  ),
                },
              ],
            },
            {
              element: <RequireArea area="skillSheet" />,
              children: [
                {
                  path: 'people/:id/skills',
                  lazy: page(
                    () => import('./skills/SkillSheetPage.tsx'),
                    (m) => m.SkillSheetPage,
                  ),
                },
              ],
            },
            {
              element: <RequireArea area="training" />,
              children: [
                {
                  path: 'people/:id/training',
                  lazy: page(
                    () => import('./training/TrainingPlanPage.tsx'),
                    (m) => m.TrainingPlanPage,
                  ),
                },
              ],
            },
            {
              element: <RequireArea area="users" />,
              children: [
                {
                  path: 'users',
                  lazy: page(
                    () => import('./users/UsersPage.tsx'),
                    (m) => m.UsersPage,
                  ),
                },
                {
                  path: 'users/:id',
                  lazy: page(
                    () => import('./users/UserPages.tsx'),
                    (m) => m.UserDetailPage,
                  ),
                },
              ],
            },
            {
              element: <RequireArea area="userAdmin" />,
              children: [
                {
                  path: 'users/new',
                  lazy: page(
                    () => import('./users/UserPages.tsx'),
                    (m) => m.UserNewPage,
                  ),
                },
              ],
            },
            {
              path: 'account',
              lazy: page(
                () => import('./account/AccountPage.tsx'),
                (m) => m.AccountPage,
              ),
            },
            {
              element: <RequireArea area="audit" />,
              children: [
                {
                  path: 'audit',
                  lazy: page(
                    () => import('./audit/AuditPage.tsx'),
                    (m) => m.AuditPage,
                  ),
                },
              ],
            },
            {
              element: <RequireArea area="dashboard" />,
              children: [
                {
                  path: 'dashboard',
                  lazy: page(
                    () => import('./dashboard/DashboardPage.tsx'),
                    (m) => m.DashboardPage,
                  ),
                },
              ],
            },
            {
              element: <RequireArea area="meetings" />,
              children: [
                {
                  path: 'meetings/cases',
                  lazy: page(
                    () => import('./meetings/CasesPage.tsx'),
                    (m) => m.CasesPage,
                  ),
                },
                {
                  path: 'meetings',
                  lazy: page(
                    () => import('./meetings/MeetingsPage.tsx'),
                    (m) => m.MeetingsPage,
                  ),
                },
                {
                  path: 'meetings/new',
                  lazy: page(
                    () => import('./meetings/MeetingNewPage.tsx'),
                    (m) => m.MeetingNewPage,
                  ),
                },
                {
                  path: 'meetings/commitments',
                  lazy: page(
                    () => import('./meetings/CommitmentsPage.tsx'),
                    (m) => m.CommitmentsPage,
                  ),
                },
                {
                  path: 'meetings/forum',
                  lazy: page(
                    () => import('./meetings/ForumMembersPage.tsx'),
                    (m) => m.ForumMembersPage,
                  ),
                },
                {
                  path: 'meetings/:id',
                  lazy: page(
                    () => import('./meetings/MeetingDetailPage.tsx'),
                    (m) => m.MeetingDetailPage,
                  ),
                },
              ],
            },
            {
              element: <RequireArea area="reports" />,
              children: [
                {
                  path: 'reports',
                  lazy: page(
                    () => import('./reports/ReportPage.tsx'),
                    (m) => m.ReportPage,
                  ),
                },
              ],
            },
            {
              path: 'inventory',
              lazy: page(
                () => import('./inventory/InventoryPage.tsx'),
                (m) => m.InventoryPage,
              ),
            },
            {
              path: 'inventory/businesses',
              lazy: page(
                () => import('./inventory/BusinessesPage.tsx'),
                (m) => m.BusinessesPage,
              ),
            },
            {
              path: 'inventory/standardisation',
              lazy: page(
                () => import('./inventory/StandardisationPage.tsx'),
                (m) => m.StandardisationPage,
              ),
            },
            {
              path: 'inventory/:id',
              lazy: page(
                () => import('./inventory/SystemDetailPage.tsx'),
                (m) => m.SystemDetailPage,
              ),
            },
            {
              element: <RequireArea area="imports" />,
              children: [
                {
                  path: 'inventory/import',
                  lazy: page(
                    () => import('./imports/ImportPage.tsx'),
                    (m) => m.ImportPage,
                  ),
                },
                {
                  path: 'practices/import',
                  lazy: page(
                    () => import('./imports/ImportPage.tsx'),
                    (m) => m.PracticesImportPage,
                  ),
                },
              ],
            },
            {
              element: <RequireArea area="records" />,
              children: [
                {
                  path: 'inventory/new',
                  lazy: page(
                    () => import('./inventory/SystemFormPage.tsx'),
                    (m) => m.SystemNewPage,
                  ),
                },
                {
                  path: 'inventory/:id/edit',
                  lazy: page(
                    () => import('./inventory/SystemFormPage.tsx'),
                    (m) => m.SystemEditPage,
                  ),
                },
                {
                  path: 'practices/new',
                  lazy: page(
                    () => import('./practices/PracticeFormPage.tsx'),
                    (m) => m.PracticeNewPage,
                  ),
                },
                {
                  path: 'practices/:id/edit',
                  lazy: page(
                    () => import('./practices/PracticeFormPage.tsx'),
                    (m) => m.PracticeEditPage,
                  ),
                },
              ],
            },
            {
              path: 'notifications',
              lazy: page(
                () => import('./notifications/InboxPage.tsx'),
                (m) => m.InboxPage,
              ),
            },
            {
              path: 'notifications/settings',
              lazy: page(
                () => import('./notifications/NotificationSettingsPage.tsx'),
                (m) => m.NotificationSettingsPage,
              ),
            },
            {
              element: <RequireArea area="outbox" />,
              children: [
                {
                  path: 'notifications/outbox',
                  lazy: page(
                    () => import('./notifications/OutboxPage.tsx'),
                    (m) => m.OutboxPage,
                  ),
                },
              ],
            },
            {
              path: 'search',
              lazy: page(
                () => import('./search/SearchPage.tsx'),
                (m) => m.SearchPage,
              ),
            },
            {
              path: 'procurement',
              lazy: page(
                () => import('./procurement/ProcurementPage.tsx'),
                (m) => m.ProcurementPage,
              ),
            },
            {
              path: 'practices',
              lazy: page(
                () => import('./practices/PracticesPage.tsx'),
                (m) => m.PracticesPage,
              ),
            },
            {
              path: 'practices/:id',
              lazy: page(
                () => import('./practices/PracticeDetailPage.tsx'),
                (m) => m.PracticeDetailPage,
              ),
            },
            {
              element: <RequireArea area="recruitment" />,
              children: [
                {
                  path: 'recruitment',
                  lazy: page(
                    () => import('./recruitment/RecruitmentPage.tsx'),
                    (m) => m.RecruitmentPage,
                  ),
                },
              ],
            },
            {
              element: <RequireArea area="workforce" />,
              children: [
                {
                  path: 'workforce',
                  lazy: page(
                    () => import('./workforce/WorkforcePage.tsx'),
                    (m) => m.WorkforcePage,
                  ),
                },
              ],
            },
            {
              element: <RequireArea area="literacy" />,
              children: [
                {
                  path: 'literacy',
                  lazy: page(
                    () => import('./literacy/LiteracyPage.tsx'),
                    (m) => m.LiteracyPage,
                  ),
                },
              ],
            },
            {
              path: '*',
              lazy: page(
                () => import('./not-found/NotFoundPage.tsx'),
                (m) => m.NotFoundPage,
              ),
            },
          ],
        },
      ],
    },
  ]);
}
