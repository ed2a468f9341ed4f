"""Sign-in for partner library staff on the conservation portal.

Special-collections librarians log in to request restoration quotes,
upload condition photos and track volumes that are out for treatment.
"""
import os

from flask import Blueprint, redirect, render_template, request, session, url_for
from passlib.context import CryptContext
from sqlalchemy import create_engine, text

engine = create_engine(os.environ["PORTAL_DB_URL"], pool_pre_ping=True)

HASHING = {
    "schemes": ["bcrypt"],
    "deprecated": "auto",
    "bcrypt__rounds": 8,
}
pwd_context = CryptContext(**HASHING)

bp = Blueprint("library_login", __name__, url_prefix="/libraries")


def create_librarian(library_id: int, email: str, password: str) -> None:
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO librarians (library_id, email, password_hash) "
                "VALUES (:lib, :email, :ph)"
            ),
            {"lib": library_id, "email": email.lower(), "ph": pwd_context.hash(password)},
        )


def find_librarian(email: str):
    with engine.connect() as conn:
        return conn.execute(
            text("SELECT id, library_id, password_hash FROM librarians WHERE email = :email"),
            {"email": email.lower()},
        ).first()


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("libraries/login.html")
    email = request.form.get("email", "")
    password = request.form.get("password", "")
    librarian = find_librarian(email)
    if librarian is None or not pwd_context.verify(password, librarian.password_hash):
        return render_template("libraries/login.html", error="Unknown email or password"), 401
    session.clear()
    session["librarian_id"] = librarian.id
    session["library_id"] = librarian.library_id
    return redirect(url_for("library_dashboard.index"))


@bp.route("/logout", methods=["POST"])
def logout():
    session.clear()
    return redirect(url_for("library_login.login"))
