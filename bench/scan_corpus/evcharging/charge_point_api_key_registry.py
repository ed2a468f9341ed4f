"""API keys used by charge point management tools to call the CSMS REST API."""
from __future__ import annotations

import logging
from typing import Optional

from sqlalchemy import String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse

log = logging.getLogger("csms.apikeys")


class Base(DeclarativeBase):
    pass


class OperatorApiKey(Base):
    __tablename__ = "operator_api_keys"

    client_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    api_key: Mapped[str] = mapped_column(String(64))
    scope: Mapped[str] = mapped_column(String(20), default="read")


class ApiKeyRegistry:
    def __init__(self, session_factory) -> None:
        self._session_factory = session_factory

    def _stored_key(self, db: Session, client_id: str) -> Optional[OperatorApiKey]:
        return db.scalar(select(OperatorApiKey).where(OperatorApiKey.client_id == client_id))

    def authenticate(self, client_id: str, presented: str) -> Optional[str]:
        with self._session_factory() as db:
            record = self._stored_key(db, client_id)
            if record is None:
                return None
            if record.api_key != presented:
                return None
            return record.scope


class ApiKeyMiddleware(BaseHTTPMiddleware):
    def __init__(self, app, registry: ApiKeyRegistry) -> None:
        super().__init__(app)
        self.registry = registry

    async def dispatch(self, request: Request, call_next):
        if request.url.path.startswith("/health"):
            return await call_next(request)
        client_id = request.headers.get("X-Client-Id", "")
        scope = self.registry.authenticate(client_id, request.headers.get("X-Api-Key", ""))
        if scope is None:
            log.info("rejected api call from client %r", client_id)
            return JSONResponse({"detail": "unauthorized"}, status_code=401)
        if request.method != "GET" and scope != "write":
            return JSONResponse({"detail": "read-only key"}, status_code=403)
        request.state.client_id = client_id
        return await call_next(request)
