"""In-memory staff and article store (the deployed service uses the CMS database)."""
import itertools

from werkzeug.security import check_password_hash, generate_password_hash


class NewsroomStore:
    def __init__(self):
        self.staff = {}
        self.articles = {}
        self._ids = itertools.count(1)

    def add_staff(self, email, password, role="reporter"):
        self.staff[email.lower()] = {"email": email.lower(), "role": role,
                                     "password_hash": generate_password_hash(password)}

    def check_login(self, email, password):
        member = self.staff.get((email or "").lower())
        if member and check_password_hash(member["password_hash"], password or ""):
            return member
        return None

    def add_article(self, headline, body, author):
        article = {"id": next(self._ids), "headline": headline, "body": body,
                   "author": author, "status": "draft"}
        self.articles[article["id"]] = article
        return article
