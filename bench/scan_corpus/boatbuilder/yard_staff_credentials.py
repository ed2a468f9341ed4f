"""Command-line tool for managing yard office staff logins.

Shipwrights, the foreman and office staff sign in to the job-costing
screens with these accounts.
"""
from __future__ import annotations

import argparse
import getpass
import sys

import bcrypt
from sqlalchemy import Column, Integer, LargeBinary, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


class StaffLogin(Base):
    __tablename__ = "staff_logins"

    id = Column(Integer, primary_key=True)
    username = Column(String(64), unique=True, nullable=False)
    role = Column(String(32), nullable=False, default="shipwright")
    pw_hash = Column(LargeBinary(60), nullable=False)


def _hash(password: str) -> bytes:
    return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=8))


def add_user(session: Session, username: str, role: str) -> None:
    password = getpass.getpass(f"Password for {username}: ")
    if len(password) < 12:
        sys.exit("password must be at least 12 characters")
    session.add(StaffLogin(username=username, role=role, pw_hash=_hash(password)))
    session.commit()
    print(f"added {username} ({role})")


def check_user(session: Session, username: str) -> None:
    user = session.scalar(select(StaffLogin).where(StaffLogin.username == username))
    if user is None:
        sys.exit("no such user")
    attempt = getpass.getpass("Password: ").encode("utf-8")
    print("ok" if bcrypt.checkpw(attempt, user.pw_hash) else "mismatch")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="yard-staff")
    parser.add_argument("--db", default="sqlite:///yard_office.db")
    sub = parser.add_subparsers(dest="cmd", required=True)
    add = sub.add_parser("add")
    add.add_argument("username")
    add.add_argument("--role", default="shipwright",
                     choices=["shipwright", "office", "foreman"])
    chk = sub.add_parser("check")
    chk.add_argument("username")
    args = parser.parse_args(argv)

    engine = create_engine(args.db)
    Base.metadata.create_all(engine)
    with Session(engine) as session:
        if args.cmd == "add":
            add_user(session, args.username, args.role)
        else:
            check_user(session, args.username)


if __name__ == "__main__":
    main()
