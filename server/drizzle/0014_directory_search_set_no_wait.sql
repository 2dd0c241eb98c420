-- A search's statements never wait for each other to keep a derived set: a search now sends two statements at
-- once (counts and page), and two statements each keeping one set ("open", "verified:12") while waiting for the
-- other's row would deadlock. The set is kept by whoever takes the set's advisory lock without waiting; the
-- others use the set they worked out and leave it.
CREATE OR REPLACE FUNCTION directory_search_set(p_name text, p_valid_for text)
RETURNS varbit[] LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  current_version bigint;
  result varbit[];
  blocks integer;
BEGIN
  SELECT v.version INTO current_version FROM directory_search_version v;
  SELECT s.set INTO result FROM directory_search_sets s
  WHERE s.name = p_name AND s.version = current_version AND s.valid_for = p_valid_for;
  IF FOUND THEN
    RETURN result;
  END IF;
  SELECT (coalesce(max(r.ordinal), 0) >> 12) + 1 INTO blocks FROM directory_search_rows r;
  IF p_name = 'open' THEN
    result := directory_open_bits(now(), blocks);
  ELSIF p_name LIKE 'verified:%' THEN
    result := directory_bits_from_codes(
      ARRAY(SELECT DISTINCT c.facet || ':' || c.value FROM directory_verified_codes(p_valid_for::date) c), blocks);
  ELSE
    RAISE EXCEPTION 'unknown search set %', p_name;
  END IF;
  IF pg_try_advisory_xact_lock(hashtext('directory_search_sets'), hashtext(p_name)) THEN
    INSERT INTO directory_search_sets AS s (name, version, valid_for, set)
    VALUES (p_name, current_version, p_valid_for, result)
    ON CONFLICT (name) DO UPDATE SET version = excluded.version, valid_for = excluded.valid_for, set = excluded.set
    WHERE s.version <= excluded.version;
  END IF;
  RETURN result;
END $$;
