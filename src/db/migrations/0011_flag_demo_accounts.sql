-- Custom (hand-written) data fix: installations that loaded the demo data before demo accounts were
-- flagged get their demo accounts flagged, so the published demo password stops working as soon as
-- the server listens beyond loopback. Matched on both the demo login and its demo display name.
UPDATE "users" SET "is_demo" = true
WHERE ("login", "display_name") IN (
  ('admin', '県DX推進チーム 管理者（デモ）'),
  ('talent', '人材機構 人事担当（デモ）'),
  ('etajima-manager', '江田島市 DX責任者（デモ）'),
  ('etajima-staff', '江田島市 DX担当（デモ）'),
  ('kure-manager', '呉市 DX責任者（デモ）'),
  ('member', '共通人材 デモ太郎'),
  ('viewer', 'CDOフォーラム 委員（デモ）')
);
