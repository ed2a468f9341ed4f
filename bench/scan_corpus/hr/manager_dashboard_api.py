"""API backing the manager dashboard SPA (team roster, approvals, headcount)."""
import os

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.middleware.cors import CORSMiddleware
from sqlalchemy.orm import Session
from starlette.middleware.sessions import SessionMiddleware

from hrapi.db import get_db
from hrapi.models import Employee

DASHBOARD_ORIGINS = [o.strip() for o in os.environ.get("DASHBOARD_ORIGINS", "").split(",") if o.strip()]

CORS_SETTINGS = {
    "allow_origins": DASHBOARD_ORIGINS,
    "allow_credentials": True,
    "allow_methods": ["GET", "POST", "PATCH"],
    "allow_headers": ["Content-Type", "X-CSRF-Token"],
}

app = FastAPI(title="Manager dashboard API")
app.add_middleware(CORSMiddleware, **CORS_SETTINGS)
app.add_middleware(
    SessionMiddleware,
    secret_key=os.environ["SESSION_SECRET"],
    https_only=True,
    same_site="lax",
)


def current_manager(request: Request, db: Session = Depends(get_db)) -> Employee:
    employee_id = request.session.get("employee_id")
    manager = db.get(Employee, employee_id) if employee_id else None
    if manager is None or not manager.is_manager:
        raise HTTPException(status_code=403)
    return manager


@app.get("/api/team")
def team(manager: Employee = Depends(current_manager), db: Session = Depends(get_db)):
    reports = db.query(Employee).filter(Employee.manager_id == manager.id, Employee.active.is_(True)).all()
    return [{"id": e.id, "name": e.display_name, "title": e.title} for e in reports]


@app.get("/api/team/headcount")
def headcount(manager: Employee = Depends(current_manager), db: Session = Depends(get_db)):
    total = db.query(Employee).filter(Employee.manager_id == manager.id, Employee.active.is_(True)).count()
    return {"manager_id": manager.id, "headcount": total}
