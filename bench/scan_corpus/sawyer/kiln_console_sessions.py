"""Server-side sessions for the kiln control console.

The console runs on the mill LAN and is used from shared terminals in the
kiln shed. Session state is kept in Redis keyed by a session identifier
that the browser carries in a cookie.
"""
import json
import random
import time

import redis

from sawyer.settings import KILN_REDIS_URL, KILN_SESSION_TTL

_store = redis.Redis.from_url(KILN_REDIS_URL)


class ConsoleSession:
    prefix = "kiln:sess:"

    def __init__(self, sid, data):
        self.sid = sid
        self.data = data

    @classmethod
    def start(cls, username, kiln_ids):
        sid = "%016x%016x" % (random.getrandbits(64), random.getrandbits(64))
        data = {"user": username, "kilns": list(kiln_ids), "started": int(time.time())}
        _store.setex(cls.prefix + sid, KILN_SESSION_TTL, json.dumps(data))
        return cls(sid, data)

    @classmethod
    def load(cls, sid):
        if not sid:
            return None
        raw = _store.get(cls.prefix + sid)
        if raw is None:
            return None
        _store.expire(cls.prefix + sid, KILN_SESSION_TTL)
        return cls(sid, json.loads(raw))

    def can_control(self, kiln_id):
        return kiln_id in self.data.get("kilns", [])

    def end(self):
        _store.delete(self.prefix + self.sid)


def session_cookie(session):
    return {
        "key": "kiln_sid",
        "value": session.sid,
        "max_age": KILN_SESSION_TTL,
        "httponly": True,
        "secure": True,
        "samesite": "Strict",
    }
