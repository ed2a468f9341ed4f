"""Cache keys for rendered shift rosters.

Rendering the weekly roster for a section (crews, deputies, shot-firers and
their leave) is expensive, so the rendered HTML is cached in Redis keyed by a
digest of the roster inputs. The key changes whenever any input changes.
"""
import hashlib
import json
from datetime import date

import redis

from colliery.config import settings
from colliery.rosters import RosterInput, render_roster

CACHE_TTL_SECONDS = 15 * 60

_client = redis.Redis.from_url(settings.REDIS_URL)


def _canonical(roster: RosterInput) -> bytes:
    payload = {
        "section": roster.section_code,
        "week": roster.week_start.isoformat(),
        "crews": sorted(
            ({"crew": c.code, "members": sorted(c.member_ids)} for c in roster.crews),
            key=lambda item: item["crew"],
        ),
        "leave": sorted((l.miner_id, l.start.isoformat(), l.end.isoformat()) for l in roster.leave),
    }
    return json.dumps(payload, sort_keys=True, separators=(",", ":")).encode()


def roster_cache_key(roster: RosterInput) -> str:
    digest = hashlib.md5(_canonical(roster), usedforsecurity=False).hexdigest()
    return f"roster:{roster.section_code}:{roster.week_start:%G-W%V}:{digest}"


def rendered_roster(roster: RosterInput) -> str:
    key = roster_cache_key(roster)
    cached = _client.get(key)
    if cached is not None:
        return cached.decode("utf-8")
    html = render_roster(roster)
    _client.setex(key, CACHE_TTL_SECONDS, html.encode("utf-8"))
    return html


def invalidate_section(section_code: str, week_start: date) -> int:
    pattern = f"roster:{section_code}:{week_start:%G-W%V}:*"
    removed = 0
    for key in _client.scan_iter(match=pattern, count=200):
        removed += _client.delete(key)
    return removed
