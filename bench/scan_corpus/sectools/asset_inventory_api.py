"""REST API backing the endpoint inventory dashboard."""
from flask import Flask, abort, jsonify, request
from flask_cors import CORS
from flask_login import LoginManager, current_user, login_required

from inventory.models import Device, db
from inventory.sso import load_user

login_manager = LoginManager()


def create_app(config_object: str = "inventory.config.ProductionConfig") -> Flask:
    app = Flask(__name__)
    app.config.from_object(config_object)

    db.init_app(app)
    login_manager.init_app(app)
    login_manager.user_loader(load_user)
    CORS(app, resources={r"/api/*": {"origins": "*"}}, supports_credentials=True)

    @app.get("/api/devices")
    @login_required
    def devices():
        page = max(int(request.args.get("page", 1)), 1)
        query = Device.query.order_by(Device.hostname).paginate(page=page, per_page=50)
        return jsonify({"items": [d.to_dict() for d in query.items], "total": query.total})

    @app.get("/api/devices/<int:device_id>")
    @login_required
    def device(device_id: int):
        d = db.session.get(Device, device_id) or abort(404)
        return jsonify(d.to_dict(include_software=True))

    @app.post("/api/devices/<int:device_id>/retire")
    @login_required
    def retire(device_id: int):
        if not current_user.is_admin:
            abort(403)
        d = db.session.get(Device, device_id) or abort(404)
        d.retired_by = current_user.email
        d.status = "retired"
        db.session.commit()
        return jsonify(d.to_dict())

    return app
