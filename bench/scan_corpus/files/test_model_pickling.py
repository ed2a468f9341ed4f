"""Models must survive a pickle round trip: the job runner ships them to
worker processes via multiprocessing."""
import pickle

import pytest

from forecasting.models import ARIMAModel, ExponentialSmoothing, SeasonalNaive


def roundtrip(obj):
    return pickle.loads(pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL))


@pytest.fixture
def series():
    return [float(x % 7) + x * 0.1 for x in range(120)]


@pytest.mark.parametrize(
    "model_factory",
    [
        lambda: ExponentialSmoothing(alpha=0.3),
        lambda: SeasonalNaive(season_length=7),
        lambda: ARIMAModel(order=(1, 1, 1)),
    ],
)
def test_fitted_model_roundtrip(model_factory, series):
    model = model_factory().fit(series)
    clone = roundtrip(model)
    assert type(clone) is type(model)
    assert clone.params == model.params
    assert clone.predict(14) == pytest.approx(model.predict(14))


def test_unfitted_model_roundtrip():
    model = SeasonalNaive(season_length=12)
    clone = roundtrip(model)
    assert not clone.is_fitted
    assert clone.season_length == 12
