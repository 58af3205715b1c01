"""Packages, and the data folders that travel with them. Metadata and dependencies are in
pyproject.toml; only what pyproject cannot say is here: the top-level seeds/ and prompts/ folders
are shipped inside the packages (index/_bundled/seeds, assistant/_bundled/prompts), whole, so a
file or subfolder added to them needs no change here (index/resources.py finds them)."""

from setuptools import find_packages, setup

BUNDLED = {"index._bundled.seeds": "seeds", "assistant._bundled.prompts": "prompts"}

setup(
    packages=[*find_packages(include=["index", "index.*", "assistant", "assistant.*"]), *BUNDLED],
    package_dir=BUNDLED,
    package_data={"index": ["lexicon/*"], **{name: ["**/*"] for name in BUNDLED}},
)
