"""Entry point of the PyInstaller bundle: one program under two names, like the wheel's scripts.

``qa-desk`` is the command (qa_desk.cli). ``qa-desk-gui`` is the desk's own launcher
(qa_desk.app.main: FILES, ``--screenshot PNG``, ``--theme``), which is what a desktop
entry starts on a double click. With QA_DESK_SELF_TEST=1 either name prints a JSON
self-test instead (French model, language detector, resources): the bundle tests
compare it with the same self-test run from the source tree.
"""
import multiprocessing
import os
import sys


def self_test() -> int:
    """What a frozen build most often loses: spaCy's model and registries, lingua's models, data files."""
    import json

    from qa_desk.nlp.langid import language_of
    from qa_desk.nlp.pipeline import get_nlp
    from qa_desk.paths import resource_path

    nlp = get_nlp()
    doc = nlp("Les nouvelles ministres sont arrivées hier à Genève.")
    base = resource_path()
    report = {
        "pipeline": nlp.pipe_names,
        "tokens": [[t.text, t.lemma_, t.pos_, str(t.morph)] for t in doc],
        "languages": [language_of("The talks ended on Monday without any agreement."),
                      language_of("Les discussions se sont terminées lundi sans accord.")],
        "resources": sorted(p.relative_to(base).as_posix() for p in base.rglob("*")
                            if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"),
    }
    print(json.dumps(report, ensure_ascii=False))
    return 0


def main() -> int:
    multiprocessing.freeze_support()  # `qa-desk batch --jobs N` starts worker processes
    if os.environ.get("QA_DESK_SELF_TEST") == "1":
        return self_test()
    if os.path.basename(sys.argv[0]).endswith("-gui"):
        from qa_desk.app.main import main as app_main
        return app_main(sys.argv[1:])
    from qa_desk.cli import main as cli_main
    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
