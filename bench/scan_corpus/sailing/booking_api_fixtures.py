"""Pytest fixtures for the course booking API test suite."""

from __future__ import annotations

import pytest
from werkzeug.security import generate_password_hash

from booking.app import create_app
from booking.db import get_db, init_db

EXAMPLE_INSTRUCTOR = {
    "email": "instructor@example.test",
    "password": "example-password-1",
    "name": "Alex Example",
}
EXAMPLE_STUDENT = {
    "email": "student@example.test",
    "password": "example-password-2",
    "name": "Sam Example",
}


@pytest.fixture
def app(tmp_path):
    application = create_app(
        {
            "TESTING": True,
            "DATABASE": str(tmp_path / "booking.sqlite3"),
            "SECRET_KEY": "pytest-secret-key",
            "STRIPE_SECRET_KEY": "sk_test_dummy",
        }
    )
    with application.app_context():
        init_db()
        db = get_db()
        for role, person in (("instructor", EXAMPLE_INSTRUCTOR), ("student", EXAMPLE_STUDENT)):
            db.execute(
                "INSERT INTO users (email, name, role, password_hash) VALUES (?, ?, ?, ?)",
                (person["email"], person["name"], role, generate_password_hash(person["password"])),
            )
        db.commit()
    yield application


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def instructor_client(client):
    resp = client.post(
        "/login",
        data={"email": EXAMPLE_INSTRUCTOR["email"], "password": EXAMPLE_INSTRUCTOR["password"]},
    )
    assert resp.status_code == 302
    return client


@pytest.fixture
def course(app):
    with app.app_context():
        db = get_db()
        cur = db.execute(
            "INSERT INTO courses (code, title, starts_on, places) VALUES (?, ?, ?, ?)",
            ("CC-TEST", "Competent Crew", "2030-05-01", 8),
        )
        db.commit()
        return cur.lastrowid
