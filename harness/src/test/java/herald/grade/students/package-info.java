/**
 * Classes written as students might write them, for the grading tests: each one misbehaves in one
 * way the grader must survive and report (throws, loops, fills the heap, re-arms a timer at once,
 * floods, exits the JVM, keeps state in a static field), or cannot be graded at all; or fails a
 * property, and misbehaves only in the smaller groups its shrinker tries; or says how long it needs
 * to settle after the heal, or fails to.
 */
package herald.grade.students;
