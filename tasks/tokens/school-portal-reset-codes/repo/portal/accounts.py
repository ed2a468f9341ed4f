"""Guardian accounts: creation, password changes and sign-in checks."""
from werkzeug.security import check_password_hash, generate_password_hash


def create_parent(conn, email: str, full_name: str, password: str) -> None:
    with conn:
        conn.execute(
            "INSERT INTO parents (email, full_name, password_hash) VALUES (?, ?, ?)",
            (email.lower(), full_name, generate_password_hash(password)),
        )


def find_parent(conn, email: str):
    return conn.execute("SELECT * FROM parents WHERE email = ?", (email.lower(),)).fetchone()


def set_password(conn, email: str, password: str) -> None:
    with conn:
        conn.execute(
            "UPDATE parents SET password_hash = ? WHERE email = ?",
            (generate_password_hash(password), email.lower()),
        )


def check_password(conn, email: str, password: str) -> bool:
    parent = find_parent(conn, email)
    return parent is not None and check_password_hash(parent["password_hash"], password)
