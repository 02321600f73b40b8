-- The local change range ("after-upTo") of the last push accepted under each replica id: a retry
-- of that push must carry the same, or it is judged diverged (issue 24, item 6). Empty for a push
-- accepted before ranges were kept.
ALTER TABLE replica ADD COLUMN last_push_range TEXT NOT NULL DEFAULT '';
