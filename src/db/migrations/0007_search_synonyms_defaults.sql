-- The search dictionary's first entries: abbreviations 県・市町 staff type every day (hand-written data
-- migration; admins edit the dictionary afterwards on the 検索辞書 page).
INSERT INTO "search_synonyms" ("term", "synonyms", "note") VALUES
  ('住基', ARRAY['住民基本台帳', '住民記録'], '住民記録システム'),
  ('国保', ARRAY['国民健康保険'], NULL),
  ('後期高齢', ARRAY['後期高齢者医療'], NULL),
  ('介護', ARRAY['介護保険'], NULL),
  ('税務', ARRAY['住民税', '個人住民税', '法人住民税', '固定資産税', '軽自動車税'], '税目ごとのシステムも探す'),
  ('戸籍', ARRAY['戸籍の附票', '戸籍附票'], NULL),
  ('国年', ARRAY['国民年金'], NULL),
  ('児手', ARRAY['児童手当'], NULL),
  ('児扶', ARRAY['児童扶養手当'], NULL),
  ('生保', ARRAY['生活保護'], NULL),
  ('障福', ARRAY['障害者福祉'], NULL),
  ('就学', ARRAY['就学事務'], NULL),
  ('選挙', ARRAY['選挙人名簿管理'], NULL),
  ('健康管理', ARRAY['健康管理システム'], NULL),
  ('ガバクラ', ARRAY['ガバメントクラウド'], NULL),
  ('LGWAN', ARRAY['総合行政ネットワーク'], NULL),
  ('マイナ', ARRAY['マイナンバー', '個人番号'], NULL),
  ('RPA', ARRAY['ロボティック・プロセス・オートメーション'], NULL);
