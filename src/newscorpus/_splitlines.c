/*
 * newscorpus._splitlines: the loop of newscorpus.lines._split_on_newlines() in C.
 *
 * split_on_newlines(text, line_type, other_line) returns the same list as the pure loop
 * newscorpus.lines._split_on_newlines_pure(text) for a str whose only line break is "\n": one
 * line_type tuple per non-blank line. A stripped line that is at most 4,000 characters long, printable
 * (str.isprintable(): no control, format, private-use or unassigned character, no lone surrogate, no
 * space but " ") and free of double spaces is its own normal form: its tuple is built here, with the
 * features newscorpus.lines._clean_line() gives it, in one pass over the line. ASCII lines (most) take a
 * short loop; at the first non-ASCII character a second loop goes on, which asks the Unicode database.
 * Every other non-blank line goes to other_line(index, number, start, line, blank_before)
 * (newscorpus.lines._other_line), and whatever that returns is appended. (The pure loop hands all
 * non-ASCII lines to _other_line() too; for the ones built here it comes to the same tuple.)
 *
 * Offsets count code points. Lines are stripped as str.strip() strips (Py_UNICODE_ISSPACE), whatever
 * the string's kind. The module keeps no state.
 */

#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include <stdint.h>
#include <string.h>

/* The fast paths take lines up to this long (longer ones are other_line()'s). */
#define FAST_MAX 4000
/* Digits count in a line's first 400 characters; the rule on punctuation-only tokens is for lines of at
 * most 400 characters with at most 40 tokens. */
#define HEAD_MAX 400
#define TOKEN_RULE_MAX 40
/* The characters lines._CJK counts. */
#define CJK_FIRST 0x2E80
#define CJK_LAST 0x9FFF

/* Byte classes of the ASCII loop, as flags: W a word character (letter or "_"), P punctuation (no word
 * character), and four that take the slower branch (RARE): S the space, D an ASCII digit (a word
 * character too), and what ends the ASCII loop (STOP): X a control character, N not ASCII (a code unit
 * of 128 to 255, in a one-byte string). */
enum {
    WORD_FLAG = 1,
    RARE_FLAG = 2,
    DIGIT_FLAG = 4,
    STOP_FLAG = 8,
    HIGH_FLAG = 16,
    P = 0,
    W = WORD_FLAG,
    S = RARE_FLAG,
    D = RARE_FLAG | DIGIT_FLAG | WORD_FLAG,
    X = RARE_FLAG | STOP_FLAG,
    N = RARE_FLAG | STOP_FLAG | HIGH_FLAG,
};

static const unsigned char BYTE_CLASS[256] = {
    X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X,  /* 00 */
    X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X,  /* 10 */
    S, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P,  /* 20 */
    D, D, D, D, D, D, D, D, D, D, P, P, P, P, P, P,  /* 30 */
    P, W, W, W, W, W, W, W, W, W, W, W, W, W, W, W,  /* 40 */
    W, W, W, W, W, W, W, W, W, W, W, P, P, P, P, W,  /* 50 */
    P, W, W, W, W, W, W, W, W, W, W, W, W, W, W, W,  /* 60 */
    W, W, W, W, W, W, W, W, W, W, W, P, P, P, P, X,  /* 70 */
    N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N,  /* 80 */
    N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N,  /* 90 */
    N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N,  /* a0 */
    N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N,  /* b0 */
    N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N,  /* c0 */
    N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N,  /* d0 */
    N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N,  /* e0 */
    N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N,  /* f0 */
};

/* What the scan of a line finds: a line for other_line(), or one built here, with an ASCII string for its
 * text or a wider one; MET_WIDE: the ASCII loop met a non-ASCII character (the wide loop decides). */
enum { OTHER_LINE = 0, ASCII_LINE = 1, WIDE_LINE = 2, MET_WIDE = -1 };

/* The features of a line built here. */
typedef struct {
    Py_ssize_t words;
    Py_ssize_t cjk;
    int digits;
    int ends;
} features;

/* What the ASCII loop had counted when it met a non-ASCII character at s[at]: the wide loop goes on from
 * there. */
typedef struct {
    Py_ssize_t at;
    Py_ssize_t spaces;
    Py_ssize_t kept;
    Py_ssize_t last_space;
    int word;
    int digits;
} progress;

static int
is_terminal(Py_UCS4 c)
{
    /* The ASCII part of lines._TERMINAL (".!?。！？…"). */
    return c == '.' || c == '!' || c == '?';
}

static int
is_closer(Py_UCS4 c)
{
    /* The ASCII part of lines._CLOSER_CHARS ("\"'”’»)]）】"). */
    return c == '"' || c == '\'' || c == ')' || c == ']';
}

static int
is_any_terminal(Py_UCS4 c)
{
    /* lines._TERMINAL: . ! ? and U+3002 U+FF01 U+FF1F U+2026 (。！？…). */
    return is_terminal(c) || c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0x2026;
}

static int
is_any_closer(Py_UCS4 c)
{
    /* lines._CLOSER_CHARS: " ' ) ] and U+201D U+2019 U+00BB U+FF09 U+3011 (”’»）】). */
    return is_closer(c) || c == 0x201D || c == 0x2019 || c == 0xBB || c == 0xFF09 || c == 0x3011;
}

/*
 * NAME(s, n, out, stop): the ASCII loop. For the stripped, non-empty line s[0:n] (n <= FAST_MAX): its
 * features in *out and ASCII_LINE when it is printable ASCII without two spaces in a row; OTHER_LINE when
 * it holds an ASCII control character or two spaces in a row before any non-ASCII character; else
 * MET_WIDE, with what it had counted in *stop. Stripped, the line neither starts nor ends with a space,
 * so without double spaces it holds spaces + 1 tokens. One function a string kind (CHAR is its code
 * unit; WIDE: it may exceed 255).
 */
#define DEFINE_ASCII_FEATURES(NAME, CHAR, WIDE)                                                         \
    static int NAME(const CHAR *s, Py_ssize_t n, features *out, progress *stop)                         \
    {                                                                                                   \
        Py_ssize_t spaces = 0;                                                                          \
        Py_ssize_t kept = 0;        /* tokens with a word character: the others are no words */         \
        Py_ssize_t last_space = -2; /* where the last space was */                                      \
        int word = 0;               /* the current token has a word character */                        \
        int digits = 0;                                                                                 \
        Py_ssize_t i;                                                                                   \
                                                                                                        \
        for (i = 0; i < n; i++) {                                                                       \
            unsigned char flags;                                                                        \
            if (WIDE && s[i] >= 128) {                                                                  \
                break;                                                                                  \
            }                                                                                           \
            flags = BYTE_CLASS[s[i] & 0xFF];                                                            \
            if (!(flags & RARE_FLAG)) { /* a letter or punctuation */                                   \
                word |= flags;                                                                          \
                continue;                                                                               \
            }                                                                                           \
            if (flags & STOP_FLAG) {                                                                    \
                if (!(flags & HIGH_FLAG)) { /* a control character */                                   \
                    return OTHER_LINE;                                                                  \
                }                                                                                       \
                break;                                                                                  \
            }                                                                                           \
            if (flags & DIGIT_FLAG) {                                                                   \
                word = 1;                                                                               \
                digits |= i < HEAD_MAX;                                                                 \
                continue;                                                                               \
            }                                                                                           \
            if (last_space == i - 1) { /* a space: the second in a row? */                              \
                return OTHER_LINE;                                                                      \
            }                                                                                           \
            last_space = i;                                                                             \
            spaces++;                                                                                   \
            kept += word;                                                                               \
            word = 0;                                                                                   \
        }                                                                                               \
        if (i < n) { /* a non-ASCII character */                                                        \
            stop->at = i;                                                                               \
            stop->spaces = spaces;                                                                      \
            stop->kept = kept;                                                                          \
            stop->last_space = last_space;                                                              \
            stop->word = word;                                                                          \
            stop->digits = digits;                                                                      \
            return MET_WIDE;                                                                            \
        }                                                                                               \
        kept += word;                                                                                   \
        /* Stand-alone punctuation is no word, in short lines of few tokens. */                         \
        out->words = (n <= HEAD_MAX && spaces + 1 <= TOKEN_RULE_MAX) ? kept : spaces + 1;               \
        out->digits = digits;                                                                           \
        out->cjk = 0;                                                                                   \
        /* Ends with . ! or ?, maybe followed by closing quotes and brackets. */                        \
        i = n - 1;                                                                                      \
        while (i >= 0 && is_closer(s[i])) {                                                             \
            i--;                                                                                        \
        }                                                                                               \
        out->ends = i >= 0 && is_terminal(s[i]);                                                        \
        return ASCII_LINE;                                                                              \
    }

DEFINE_ASCII_FEATURES(ascii_features_ucs1, Py_UCS1, 0)
DEFINE_ASCII_FEATURES(ascii_features_ucs2, Py_UCS2, 1)
DEFINE_ASCII_FEATURES(ascii_features_ucs4, Py_UCS4, 1)

/*
 * NAME(s, n, from, out): the wide loop, from where the ASCII loop stopped (*from) to the end of the line.
 * The line's features in *out and WIDE_LINE when every character is printable (Py_UNICODE_ISPRINTABLE, as
 * str.isprintable()) and no two spaces are in a row; else OTHER_LINE. As the regular expressions of
 * newscorpus.lines see them, a word character (\w) is Py_UNICODE_ISALNUM or "_", a digit (\d) is
 * Py_UNICODE_ISDECIMAL (and alphanumeric); the only printable space is " ". The CJK characters count
 * when one is among the first HEAD_MAX characters (in a line of at most HEAD_MAX, when there is one).
 */
#define DEFINE_WIDE_FEATURES(NAME, CHAR)                                                                \
    static int NAME(const CHAR *s, Py_ssize_t n, const progress *from, features *out)                   \
    {                                                                                                   \
        Py_ssize_t spaces = from->spaces;                                                               \
        Py_ssize_t kept = from->kept;                                                                   \
        Py_ssize_t last_space = from->last_space;                                                       \
        int word = from->word;                                                                          \
        int digits = from->digits;                                                                      \
        Py_ssize_t cjk = 0;                                                                             \
        int cjk_head = 0; /* a CJK character among the first HEAD_MAX */                                \
        Py_ssize_t i;                                                                                   \
                                                                                                        \
        for (i = from->at; i < n; i++) {                                                                \
            Py_UCS4 c = s[i];                                                                           \
            if (c < 128) { /* as in the ASCII loop */                                                   \
                unsigned char flags = BYTE_CLASS[c];                                                    \
                if (!(flags & RARE_FLAG)) {                                                             \
                    word |= flags;                                                                      \
                    continue;                                                                           \
                }                                                                                       \
                if (flags & STOP_FLAG) {                                                                \
                    return OTHER_LINE;                                                                  \
                }                                                                                       \
                if (flags & DIGIT_FLAG) {                                                               \
                    word = 1;                                                                           \
                    digits |= i < HEAD_MAX;                                                             \
                    continue;                                                                           \
                }                                                                                       \
                if (last_space == i - 1) {                                                              \
                    return OTHER_LINE;                                                                  \
                }                                                                                       \
                last_space = i;                                                                         \
                spaces++;                                                                               \
                kept += word;                                                                           \
                word = 0;                                                                               \
                continue;                                                                               \
            }                                                                                           \
            if (!Py_UNICODE_ISPRINTABLE(c)) {                                                           \
                return OTHER_LINE;                                                                      \
            }                                                                                           \
            if (Py_UNICODE_ISALNUM(c)) {                                                                \
                word = 1;                                                                               \
                if (!digits && i < HEAD_MAX && Py_UNICODE_ISDECIMAL(c)) {                               \
                    digits = 1;                                                                         \
                }                                                                                       \
            }                                                                                           \
            if (c >= CJK_FIRST && c <= CJK_LAST) {                                                      \
                cjk++;                                                                                  \
                cjk_head |= i < HEAD_MAX;                                                               \
            }                                                                                           \
        }                                                                                               \
        kept += word;                                                                                   \
        out->words = (n <= HEAD_MAX && spaces + 1 <= TOKEN_RULE_MAX) ? kept : spaces + 1;               \
        out->digits = digits;                                                                           \
        out->cjk = cjk_head ? cjk : 0;                                                                  \
        /* Ends with a character of lines._TERMINAL, maybe followed by ones of lines._CLOSER_CHARS. */  \
        i = n - 1;                                                                                      \
        while (i >= 0 && is_any_closer(s[i])) {                                                         \
            i--;                                                                                        \
        }                                                                                               \
        out->ends = i >= 0 && is_any_terminal(s[i]);                                                    \
        return WIDE_LINE;                                                                               \
    }

DEFINE_WIDE_FEATURES(wide_features_ucs1, Py_UCS1)
DEFINE_WIDE_FEATURES(wide_features_ucs2, Py_UCS2)
DEFINE_WIDE_FEATURES(wide_features_ucs4, Py_UCS4)

/*
 * The features of the stripped, non-empty line text[start:start + n] (n <= FAST_MAX), read in place, in
 * *out: ASCII_LINE or WIDE_LINE when the line is built here, OTHER_LINE when it goes to other_line().
 */
static int
line_features(int kind, const void *data, Py_ssize_t start, Py_ssize_t n, features *out)
{
    progress stop;
    int found;

    if (kind == PyUnicode_1BYTE_KIND) {
        const Py_UCS1 *s = (const Py_UCS1 *)data + start;
        found = ascii_features_ucs1(s, n, out, &stop);
        return found != MET_WIDE ? found : wide_features_ucs1(s, n, &stop, out);
    }
    if (kind == PyUnicode_2BYTE_KIND) {
        const Py_UCS2 *s = (const Py_UCS2 *)data + start;
        found = ascii_features_ucs2(s, n, out, &stop);
        return found != MET_WIDE ? found : wide_features_ucs2(s, n, &stop, out);
    }
    {
        const Py_UCS4 *s = (const Py_UCS4 *)data + start;
        found = ascii_features_ucs4(s, n, out, &stop);
        return found != MET_WIDE ? found : wide_features_ucs4(s, n, &stop, out);
    }
}

/* text[start:start + n], whose characters are all ASCII: a new reference, or NULL with an exception set. */
static PyObject *
ascii_substring(PyObject *text, int kind, const void *data, Py_ssize_t start, Py_ssize_t n)
{
    PyObject *line;
    Py_UCS1 *out;
    Py_ssize_t i;

    if (kind == PyUnicode_1BYTE_KIND) {
        return PyUnicode_Substring(text, start, start + n);
    }
    /* PyUnicode_Substring() would look for the widest character first: there is none to find. */
    line = PyUnicode_New(n, 127);
    if (line == NULL) {
        return NULL;
    }
    out = PyUnicode_1BYTE_DATA(line);
    if (kind == PyUnicode_2BYTE_KIND) {
        const Py_UCS2 *in = (const Py_UCS2 *)data + start;
        for (i = 0; i < n; i++) {
            out[i] = (Py_UCS1)in[i];
        }
    }
    else {
        const Py_UCS4 *in = (const Py_UCS4 *)data + start;
        for (i = 0; i < n; i++) {
            out[i] = (Py_UCS1)in[i];
        }
    }
    return line;
}

/* The index of the first "\n" in text[start:length], or length. */
static Py_ssize_t
find_newline(int kind, const void *data, Py_ssize_t start, Py_ssize_t length)
{
    Py_ssize_t i = start;

    if (kind == PyUnicode_1BYTE_KIND) {
        const Py_UCS1 *p = (const Py_UCS1 *)data;
        const void *hit = memchr(p + start, '\n', (size_t)(length - start));
        return hit == NULL ? length : (Py_ssize_t)((const Py_UCS1 *)hit - p);
    }
    if (kind == PyUnicode_2BYTE_KIND) {
        const Py_UCS2 *p = (const Py_UCS2 *)data;
        /* Four code units at a time: x has a zero lane when (x - 1s) & ~x & high bits is not 0. */
        const uint64_t ones = 0x0001000100010001u;
        const uint64_t highs = 0x8000800080008000u;
        const uint64_t newlines = 0x000A000A000A000Au;
        for (; i + 4 <= length; i += 4) {
            uint64_t x;
            memcpy(&x, p + i, sizeof x);
            x ^= newlines;
            if ((x - ones) & ~x & highs) {
                break;
            }
        }
        for (; i < length; i++) {
            if (p[i] == '\n') {
                return i;
            }
        }
        return length;
    }
    {
        const Py_UCS4 *p = (const Py_UCS4 *)data;
        for (; i < length; i++) {
            if (p[i] == '\n') {
                return i;
            }
        }
        return length;
    }
}

/* Stores a new int from value in fields[index]; -1 when out of memory. */
static int
set_int(PyObject *fields, Py_ssize_t index, Py_ssize_t value)
{
    PyObject *item = PyLong_FromSsize_t(value);

    if (item == NULL) {
        return -1;
    }
    PyTuple_SET_ITEM(fields, index, item);
    return 0;
}

/*
 * tuple.__new__(line_type, (index, number, start, start + len(norm), norm, blank, words, digits, cjk,
 * ends)), made as tuple.__new__ makes an instance of a subtype (its tp_alloc, then the items), without the
 * two argument tuples: a new reference, or NULL with an exception set. Steals the reference to norm, on
 * every path.
 */
static PyObject *
fast_line(PyTypeObject *line_type, Py_ssize_t index, Py_ssize_t number, Py_ssize_t start,
          Py_ssize_t end, PyObject *norm, Py_ssize_t blank, const features *f)
{
    PyObject *line = line_type->tp_alloc(line_type, 10);

    if (line == NULL) {
        Py_DECREF(norm);
        return NULL;
    }
    PyTuple_SET_ITEM(line, 4, norm);
    /* A slot left NULL on failure is fine: tuple deallocation (and the garbage collector) skips it. */
    if (set_int(line, 0, index) < 0 || set_int(line, 1, number) < 0 || set_int(line, 2, start) < 0
        || set_int(line, 3, end) < 0 || set_int(line, 5, blank) < 0 || set_int(line, 6, f->words) < 0
        || set_int(line, 7, f->digits) < 0 || set_int(line, 8, f->cjk) < 0) {
        Py_DECREF(line);
        return NULL;
    }
    PyTuple_SET_ITEM(line, 9, Py_NewRef(f->ends ? Py_True : Py_False));
    if (!PyObject_GC_IsTracked(line)) {
        PyObject_GC_Track(line);
    }
    return line;
}

/* other_line(index, number, start, line, blank): a new reference, or NULL with an exception set. */
static PyObject *
call_other_line(PyObject *other_line, Py_ssize_t index, Py_ssize_t number, Py_ssize_t start,
                PyObject *line, Py_ssize_t blank)
{
    PyObject *argv[5] = {NULL, NULL, NULL, line, NULL};
    PyObject *result = NULL;

    argv[0] = PyLong_FromSsize_t(index);
    if (argv[0] == NULL) {
        goto done;
    }
    argv[1] = PyLong_FromSsize_t(number);
    if (argv[1] == NULL) {
        goto done;
    }
    argv[2] = PyLong_FromSsize_t(start);
    if (argv[2] == NULL) {
        goto done;
    }
    argv[4] = PyLong_FromSsize_t(blank);
    if (argv[4] == NULL) {
        goto done;
    }
    result = PyObject_Vectorcall(other_line, argv, 5, NULL);
done:
    Py_XDECREF(argv[0]);
    Py_XDECREF(argv[1]);
    Py_XDECREF(argv[2]);
    Py_XDECREF(argv[4]);
    return result;
}

PyDoc_STRVAR(split_on_newlines_doc,
             "split_on_newlines(text, line_type, other_line, /)\n--\n\n"
             "The non-blank lines of text (whose only line break is \"\\n\"), as\n"
             "newscorpus.lines._split_on_newlines_pure() returns them: line_type tuples built here\n"
             "for the lines that, stripped, are at most 4,000 characters long, printable\n"
             "(str.isprintable()) and free of double spaces, ASCII or not, and\n"
             "other_line(index, number, start, line, blank_before) for every other non-blank line.");

static PyObject *
split_on_newlines(PyObject *Py_UNUSED(module), PyObject *const *args, Py_ssize_t nargs)
{
    PyObject *text;
    PyTypeObject *line_type;
    PyObject *other_line;
    PyObject *probe;
    PyObject *out;
    Py_ssize_t length, pos, number, blank;
    const void *data;
    int kind;

    if (nargs != 3) {
        PyErr_Format(PyExc_TypeError, "split_on_newlines() takes exactly 3 arguments (%zd given)", nargs);
        return NULL;
    }
    text = args[0];
    if (!PyUnicode_Check(text)) {
        PyErr_Format(PyExc_TypeError, "split_on_newlines() argument 1 must be str, not %.200s",
                     Py_TYPE(text)->tp_name);
        return NULL;
    }
    if (!PyType_Check(args[1])) {
        PyErr_Format(PyExc_TypeError, "split_on_newlines() argument 2 must be a type, not %.200s",
                     Py_TYPE(args[1])->tp_name);
        return NULL;
    }
    if (!PyType_IsSubtype((PyTypeObject *)args[1], &PyTuple_Type)) {
        PyErr_Format(PyExc_TypeError, "split_on_newlines() argument 2 must be a subtype of tuple, not %.200s",
                     ((PyTypeObject *)args[1])->tp_name);
        return NULL;
    }
    line_type = (PyTypeObject *)args[1];
    /* tuple.__new__(line_type, ()): it refuses, as the lines below would not, the subtypes it cannot build
     * safely (a C subtype of tuple with a __new__ of its own, such as time.struct_time). */
    probe = PyObject_CallMethod((PyObject *)&PyTuple_Type, "__new__", "O()", (PyObject *)line_type);
    if (probe == NULL) {
        return NULL;
    }
    Py_DECREF(probe);
    other_line = args[2];
    if (!PyCallable_Check(other_line)) {
        PyErr_Format(PyExc_TypeError, "split_on_newlines() argument 3 must be callable, not %.200s",
                     Py_TYPE(other_line)->tp_name);
        return NULL;
    }
#if PY_VERSION_HEX < 0x030C0000
    if (PyUnicode_READY(text) < 0) {
        return NULL;
    }
#endif
    out = PyList_New(0);
    if (out == NULL) {
        return NULL;
    }
    length = PyUnicode_GET_LENGTH(text);
    kind = PyUnicode_KIND(text);
    data = PyUnicode_DATA(text);
    pos = 0;
    blank = 0;
    for (number = 1;; number++) {
        /* The line is text[pos:eol]; a, b bound it stripped. */
        Py_ssize_t eol = find_newline(kind, data, pos, length);
        Py_ssize_t a = pos;
        Py_ssize_t b = eol;
        Py_ssize_t index;
        PyObject *line;
        PyObject *item = NULL;
        features f;
        int built;

        while (a < b && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, a))) {
            a++;
        }
        while (b > a && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, b - 1))) {
            b--;
        }
        if (a == b) {
            blank++;
        }
        else {
            index = PyList_GET_SIZE(out);
            built = b - a <= FAST_MAX ? line_features(kind, data, a, b - a, &f) : OTHER_LINE;
            if (built != OTHER_LINE) {
                /* PyUnicode_Substring() finds the narrowest kind for a line with non-ASCII characters. */
                line = built == ASCII_LINE ? ascii_substring(text, kind, data, a, b - a)
                                           : PyUnicode_Substring(text, a, b);
                if (line == NULL) {
                    goto error;
                }
                item = fast_line(line_type, index, number, a, b, line, blank, &f); /* steals line */
            }
            else {
                line = PyUnicode_Substring(text, a, b);
                if (line == NULL) {
                    goto error;
                }
                item = call_other_line(other_line, index, number, a, line, blank);
                Py_DECREF(line);
            }
            if (item == NULL) {
                goto error;
            }
            if (PyList_Append(out, item) < 0) {
                Py_DECREF(item);
                goto error;
            }
            Py_DECREF(item);
            blank = 0;
        }
        if (eol >= length) {
            break;
        }
        pos = eol + 1;
    }
    return out;

error:
    Py_DECREF(out);
    return NULL;
}

static PyMethodDef splitlines_methods[] = {
    {"split_on_newlines", (PyCFunction)(void (*)(void))split_on_newlines, METH_FASTCALL,
     split_on_newlines_doc},
    {NULL, NULL, 0, NULL},
};

static PyModuleDef_Slot splitlines_slots[] = {
#if PY_VERSION_HEX >= 0x030C0000
    {Py_mod_multiple_interpreters, Py_MOD_PER_INTERPRETER_GIL_SUPPORTED},
#endif
#if PY_VERSION_HEX >= 0x030D0000
    {Py_mod_gil, Py_MOD_GIL_NOT_USED},
#endif
    {0, NULL},
};

PyDoc_STRVAR(splitlines_doc, "newscorpus.lines._split_on_newlines() in C (see newscorpus.lines).");

static struct PyModuleDef splitlines_module = {
    PyModuleDef_HEAD_INIT,
    "newscorpus._splitlines", /* m_name */
    splitlines_doc,           /* m_doc */
    0,                        /* m_size: no state */
    splitlines_methods,       /* m_methods */
    splitlines_slots,         /* m_slots */
    NULL,                     /* m_traverse */
    NULL,                     /* m_clear */
    NULL,                     /* m_free */
};

PyMODINIT_FUNC
PyInit__splitlines(void)
{
    return PyModuleDef_Init(&splitlines_module);
}
