"""Bail agent credential storage for the back-office application.

Agents sign in to write bonds, record collateral and manage forfeitures.
Credentials live in the ``agents`` table of the office PostgreSQL database.
"""
from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
from dataclasses import dataclass
from typing import Optional

import psycopg

log = logging.getLogger(__name__)


@dataclass
class Agent:
    id: int
    license_number: str
    username: str
    password_salt: str
    password_hash: str
    active: bool


class AgentCredentialStore:
    def __init__(self, conn: psycopg.Connection):
        self._conn = conn

    @staticmethod
    def _digest(password: str, salt: str) -> str:
        return hashlib.sha512((salt + password).encode("utf-8")).hexdigest()

    def create_agent(self, username: str, license_number: str, password: str) -> int:
        salt = secrets.token_hex(16)
        with self._conn.cursor() as cur:
            cur.execute(
                "INSERT INTO agents (username, license_number, password_salt, password_hash, active)"
                " VALUES (%s, %s, %s, %s, true) RETURNING id",
                (username, license_number, salt, self._digest(password, salt)),
            )
            agent_id = cur.fetchone()[0]
        self._conn.commit()
        log.info("created agent %s (license %s)", username, license_number)
        return agent_id

    def _load(self, username: str) -> Optional[Agent]:
        with self._conn.cursor() as cur:
            cur.execute(
                "SELECT id, license_number, username, password_salt, password_hash, active"
                " FROM agents WHERE username = %s",
                (username,),
            )
            row = cur.fetchone()
        return Agent(*row) if row else None

    def authenticate(self, username: str, password: str) -> Optional[Agent]:
        agent = self._load(username)
        if agent is None or not agent.active:
            log.info("login refused for unknown or inactive agent %s", username)
            return None
        candidate = self._digest(password, agent.password_salt)
        if not hmac.compare_digest(candidate, agent.password_hash):
            log.info("bad password for agent %s", username)
            return None
        return agent

    def change_password(self, agent_id: int, new_password: str) -> None:
        if len(new_password) < 12:
            raise ValueError("password must be at least 12 characters")
        salt = secrets.token_hex(16)
        with self._conn.cursor() as cur:
            cur.execute(
                "UPDATE agents SET password_salt = %s, password_hash = %s WHERE id = %s",
                (salt, self._digest(new_password, salt), agent_id),
            )
        self._conn.commit()
