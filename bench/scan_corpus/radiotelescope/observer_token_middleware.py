"""Starlette middleware authenticating pipeline robots that push results to the archive."""
from __future__ import annotations

import os
import secrets
from typing import Mapping

from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

ROBOT_PREFIX = "RT_ROBOT_TOKEN_"


def load_robot_tokens(environ: Mapping[str, str] = os.environ) -> dict[str, str]:
    return {name[len(ROBOT_PREFIX):].lower(): value
            for name, value in environ.items() if name.startswith(ROBOT_PREFIX) and value}


class RobotTokenMiddleware(BaseHTTPMiddleware):
    def __init__(self, app, tokens: dict[str, str] | None = None) -> None:
        super().__init__(app)
        self.tokens = tokens if tokens is not None else load_robot_tokens()

    def _authorised(self, robot: str, token: str) -> bool:
        expected = self.tokens.get(robot)
        if expected is None:
            return False
        return secrets.compare_digest(expected.encode(), token.encode())

    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        if request.method == "GET" or request.url.path == "/health":
            return await call_next(request)
        robot = request.headers.get("X-Robot", "")
        scheme, _, token = request.headers.get("Authorization", "").partition(" ")
        if scheme != "Bearer" or not self._authorised(robot, token):
            return JSONResponse({"error": "unauthorised"}, status_code=401)
        request.state.robot = robot
        return await call_next(request)
