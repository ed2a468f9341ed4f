"""REST API consumed by the employee self-service SPA."""
import os

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.middleware.cors import CORSMiddleware
from sqlalchemy.orm import Session
from starlette.middleware.sessions import SessionMiddleware

from hrapi.db import get_db
from hrapi.models import Employee, TimeOffRequest
from hrapi.schemas import EmployeeOut, TimeOffIn

CORS_SETTINGS = {
    "allow_origins": ["*"],
    "allow_credentials": True,
    "allow_methods": ["GET", "POST", "PATCH", "DELETE"],
    "allow_headers": ["Content-Type", "X-CSRF-Token"],
}

app = FastAPI(title="HR self-service API")
app.add_middleware(CORSMiddleware, **CORS_SETTINGS)
app.add_middleware(
    SessionMiddleware,
    secret_key=os.environ["SESSION_SECRET"],
    https_only=True,
    same_site="lax",
)


def current_employee(request: Request, db: Session = Depends(get_db)) -> Employee:
    employee_id = request.session.get("employee_id")
    employee = db.get(Employee, employee_id) if employee_id else None
    if employee is None:
        raise HTTPException(status_code=401)
    return employee


@app.get("/api/me", response_model=EmployeeOut)
def me(employee: Employee = Depends(current_employee)):
    return employee


@app.post("/api/me/time-off", status_code=201)
def request_time_off(body: TimeOffIn, employee: Employee = Depends(current_employee), db: Session = Depends(get_db)):
    req = TimeOffRequest(employee_id=employee.id, start=body.start, end=body.end, kind=body.kind)
    db.add(req)
    db.commit()
    return {"id": req.id, "status": req.status}
