"""Resolve the signed-in solver for leaderboard and streak endpoints."""
from __future__ import annotations

import os
from dataclasses import dataclass

import jwt
from fastapi import Depends, FastAPI, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

app = FastAPI(title="solver-api")
bearer = HTTPBearer(auto_error=True)

EXPECTED_ISSUER = os.environ.get("XW_AUTH_ISSUER", "")


@dataclass
class Solver:
    id: int
    handle: str
    subscriber: bool


def current_solver(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> Solver:
    try:
        claims = jwt.decode(creds.credentials, options={"verify_signature": False})
    except jwt.PyJWTError:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "invalid token")
    if claims.get("iss") != EXPECTED_ISSUER:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "wrong issuer")
    return Solver(
        id=int(claims["sub"]),
        handle=claims.get("handle", "anonymous"),
        subscriber=bool(claims.get("sub_active", False)),
    )


@app.get("/me/streak")
def my_streak(solver: Solver = Depends(current_solver)) -> dict:
    from .streaks import streak_for

    return {"solver": solver.handle, "streak": streak_for(solver.id)}


@app.post("/puzzles/{puzzle_id}/completion")
def record_completion(puzzle_id: int, seconds: int, solver: Solver = Depends(current_solver)) -> dict:
    from .leaderboard import submit_time

    if seconds <= 0 or seconds > 86_400:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_ENTITY, "implausible solve time")
    if not solver.subscriber:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "leaderboards are for subscribers")
    rank = submit_time(puzzle_id=puzzle_id, solver_id=solver.id, seconds=seconds)
    return {"puzzle_id": puzzle_id, "rank": rank}
