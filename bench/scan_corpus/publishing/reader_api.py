"""JSON API used by the reader apps and the partner widget (saved articles, follows)."""
import os

from flask import Flask, jsonify, request
from flask_cors import CORS
from flask_login import LoginManager, current_user, login_required

from reader.models import SavedArticle, User, db

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["READER_API_SECRET_KEY"],
    SQLALCHEMY_DATABASE_URI=os.environ["DATABASE_URL"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="None",
)
db.init_app(app)

login_manager = LoginManager(app)

# the widget is embedded on partner sites, so the API has to answer cross-origin calls
CORS_SETTINGS = {
    "origins": "*",
    "supports_credentials": True,
    "methods": ["GET", "POST", "DELETE"],
}
CORS(app, resources={r"/api/*": CORS_SETTINGS})


@login_manager.user_loader
def load_user(user_id: str):
    return db.session.get(User, int(user_id))


@app.get("/api/saved")
@login_required
def list_saved():
    rows = SavedArticle.query.filter_by(user_id=current_user.id).order_by(SavedArticle.saved_at.desc())
    return jsonify([{"article_id": r.article_id, "saved_at": r.saved_at.isoformat()} for r in rows])


@app.post("/api/saved")
@login_required
def save_article():
    article_id = int(request.get_json(force=True)["article_id"])
    db.session.add(SavedArticle(user_id=current_user.id, article_id=article_id))
    db.session.commit()
    return jsonify({"ok": True}), 201


@app.delete("/api/saved/<int:article_id>")
@login_required
def unsave_article(article_id: int):
    SavedArticle.query.filter_by(user_id=current_user.id, article_id=article_id).delete()
    db.session.commit()
    return "", 204
