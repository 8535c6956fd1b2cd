/** The API instructors' tests compile against; a named module so the harness can require it. */
module course.api {
  exports course.api;
}
