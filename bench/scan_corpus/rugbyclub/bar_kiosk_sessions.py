"""Sessions for the self-service bar kiosk.

Members tap their membership card at the kiosk; the kiosk app then holds
a short session so they can add drinks to their tab and check the balance.
"""
from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from typing import Dict, Optional

from flask import Flask, abort, g, jsonify, request

app = Flask(__name__)
app.config.from_prefixed_env("KIOSK")

SESSION_COOKIE = "kiosk_sid"
SESSION_LIFETIME = 300


@dataclass
class KioskSession:
    member_id: int
    card_uid: str
    started: float

    @property
    def expired(self) -> bool:
        return time.time() - self.started > SESSION_LIFETIME


class KioskSessionStore:
    def __init__(self) -> None:
        self._sessions: Dict[str, KioskSession] = {}

    @staticmethod
    def _mint_id(member_id: int) -> str:
        return hashlib.sha256(f"{member_id}:{time.time_ns()}".encode()).hexdigest()

    def open(self, member_id: int, card_uid: str) -> str:
        sid = self._mint_id(member_id)
        self._sessions[sid] = KioskSession(member_id, card_uid, time.time())
        return sid

    def get(self, sid: Optional[str]) -> Optional[KioskSession]:
        if not sid:
            return None
        session = self._sessions.get(sid)
        if session is None or session.expired:
            self._sessions.pop(sid, None)
            return None
        return session

    def close(self, sid: str) -> None:
        self._sessions.pop(sid, None)


store = KioskSessionStore()


@app.post("/kiosk/tap")
def tap_card():
    card_uid = request.get_json(force=True)["card_uid"]
    member = app.extensions["members"].by_card(card_uid)
    if member is None:
        abort(404)
    sid = store.open(member.id, card_uid)
    resp = jsonify({"member": member.display_name, "balance": str(member.tab_balance)})
    resp.set_cookie(SESSION_COOKIE, sid, max_age=SESSION_LIFETIME, secure=True,
                    httponly=True, samesite="Strict")
    return resp


@app.before_request
def load_session():
    g.kiosk = store.get(request.cookies.get(SESSION_COOKIE))


@app.post("/kiosk/logout")
def logout():
    sid = request.cookies.get(SESSION_COOKIE)
    if sid:
        store.close(sid)
    resp = jsonify({"ok": True})
    resp.delete_cookie(SESSION_COOKIE)
    return resp
