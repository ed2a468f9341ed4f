"""Creates payroll and rota logins for new seasonal staff.

HR marks a recruit as "ready" once right-to-work checks are done; this job
then creates their account with the payroll provider and emails a one-time
password that must be changed at first sign-in.
"""
from __future__ import annotations

import logging
import os
import secrets
import sqlite3
import string
from dataclasses import dataclass

import requests

log = logging.getLogger("staff_onboarding")

PAYROLL_API = os.environ.get("PAYROLL_API_URL", "https://payroll.example-provider.co.uk/api")
PAYROLL_TOKEN = os.environ["PAYROLL_API_TOKEN"]
DB_PATH = os.environ.get("HR_DB", "/srv/pumpkinpatch/hr.sqlite3")


@dataclass
class Recruit:
    staff_number: str
    first_name: str
    last_name: str
    email: str
    role: str
    hourly_rate: str


def one_time_password(length: int = 14) -> str:
    alphabet = string.ascii_letters + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(length))


def ready_recruits() -> list[Recruit]:
    with sqlite3.connect(DB_PATH) as conn:
        rows = conn.execute(
            "SELECT staff_number, first_name, last_name, email, role, hourly_rate"
            " FROM recruits WHERE status = 'ready'"
        ).fetchall()
    return [Recruit(*row) for row in rows]


def create_payroll_account(recruit: Recruit) -> str:
    payload = {
        "employee_ref": recruit.staff_number,
        "name": {"first": recruit.first_name, "last": recruit.last_name},
        "email": recruit.email,
        "job_title": recruit.role,
        "hourly_rate": recruit.hourly_rate,
        "initial_password": one_time_password(),
        "force_password_change": True,
    }
    log.debug("payroll create request: %s", payload)
    resp = requests.post(
        f"{PAYROLL_API}/employees",
        json=payload,
        headers={"Authorization": f"Bearer {PAYROLL_TOKEN}"},
        timeout=20,
    )
    resp.raise_for_status()
    return resp.json()["employee_id"]


def mark_onboarded(staff_number: str, payroll_id: str) -> None:
    with sqlite3.connect(DB_PATH) as conn:
        conn.execute(
            "UPDATE recruits SET status = 'onboarded', payroll_id = ? WHERE staff_number = ?",
            (payroll_id, staff_number),
        )


def run() -> None:
    for recruit in ready_recruits():
        try:
            payroll_id = create_payroll_account(recruit)
        except requests.RequestException as exc:
            log.error("payroll account for %s failed: %s", recruit.staff_number, exc)
            continue
        mark_onboarded(recruit.staff_number, payroll_id)
        log.info("onboarded %s as %s", recruit.staff_number, recruit.role)


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG if os.environ.get("VERBOSE") else logging.INFO)
    run()
