# Sourced by scripts/test, scripts/demo and scripts/bench, from the project root.
# ensure_venv [GROUP...]: create .venv (Python >= 3.9; $PYTHON picks the interpreter) and install
# the package, editable, with the given dependency groups of pyproject.toml. Skipped when this
# pyproject.toml was already installed with those groups.
ensure_venv() {
  local python="${PYTHON:-python3}"
  if [ ! -x .venv/bin/python ]; then
    "$python" -m venv .venv
  fi
  local groups="$*"
  local stamp=".venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)-${groups// /-}"
  if [ ! -f "$stamp" ]; then
    .venv/bin/python -m pip install -q --upgrade "pip>=25.1"  # --group needs pip 25.1
    local args=(-e .)
    for group in "$@"; do args+=(--group "$group"); done
    .venv/bin/python -m pip install -q "${args[@]}"
    touch "$stamp"
  fi
}
