"""REST API for the endpoint inventory dashboard (served cross-origin to the SPA)."""
import os

from flask import Flask, abort, jsonify, request
from flask_cors import CORS
from flask_login import LoginManager, login_required

from inventory.models import Device, db
from inventory.sso import load_user

login_manager = LoginManager()


def _dashboard_origins() -> list[str]:
    origins = [o.strip() for o in os.environ.get("INVENTORY_DASHBOARD_ORIGINS", "").split(",") if o.strip()]
    if not origins or any(o == "*" or not o.startswith("https://") for o in origins):
        raise RuntimeError("INVENTORY_DASHBOARD_ORIGINS must list explicit https origins")
    return origins


def create_app(config_object: str = "inventory.config.ProductionConfig") -> Flask:
    app = Flask(__name__)
    app.config.from_object(config_object)
    db.init_app(app)
    login_manager.init_app(app)
    login_manager.user_loader(load_user)
    CORS(app, resources={r"/api/*": {"origins": _dashboard_origins()}}, supports_credentials=True)

    @app.get("/api/devices")
    @login_required
    def devices():
        page = max(int(request.args.get("page", 1)), 1)
        result = Device.query.order_by(Device.hostname).paginate(page=page, per_page=50)
        return jsonify({"items": [d.to_dict() for d in result.items], "total": result.total})

    @app.get("/api/devices/<int:device_id>")
    @login_required
    def device(device_id: int):
        d = db.session.get(Device, device_id) or abort(404)
        return jsonify(d.to_dict(include_software=True))

    return app
