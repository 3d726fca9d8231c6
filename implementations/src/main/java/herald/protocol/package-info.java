/**
 * The catalogue of protocols Herald runs, by id: what each promises (its spec), what it assumes
 * of the world (FIFO links, no crash, a correct majority, a failure detector), a line saying
 * what it is, and for the deliberately broken ones ("mutants", in {@code herald.mutant}), which
 * property they break and a note for teachers.
 */
package herald.protocol;
