/**
 * The application's use cases, tested against the test kit's fakes. They live in the test kit's tests because
 * Maven forbids the cycle application(test) → testkit → application.
 */
package io.plugboard.application.service;
