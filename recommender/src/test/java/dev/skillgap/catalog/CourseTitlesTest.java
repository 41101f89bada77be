package dev.skillgap.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Course titles from the real edX and Udemy exports, with the topics a reader takes from them. */
class CourseTitlesTest {

  @Test
  void theIntroductionAndThePackagingAreNoTopic() {
    assertEquals(List.of("Cybersecurity"), CourseTitles.topics("Introduction to Cybersecurity"));
    assertEquals(List.of("Photoshop CC"), CourseTitles.topics("Introduction to Photoshop CC: Tutorials for Beginners"));
    assertEquals(List.of("Accounting"), CourseTitles.topics("Accounting Essentials"));
    assertEquals(List.of("Neuroscience", "The Brain"), CourseTitles.topics("Fundamentals of Neuroscience, Part 3: The Brain"));
    assertEquals(List.of("Web Development", "React", "Redux"),
        CourseTitles.topics("The Complete Web Development Tutorial Using React and Redux"));
  }

  @Test
  void eachJoinedTopicStandsAlone() {
    assertEquals(List.of("Machine Learning", "Python"),
        CourseTitles.topics("Machine Learning with Python: A Practical Introduction"));
    assertEquals(List.of("Nutrition", "Health", "Micronutrients", "Malnutrition"),
        CourseTitles.topics("Nutrition and Health: Micronutrients and Malnutrition"));
    assertEquals(List.of("Data Analysis", "Decision Making"), CourseTitles.topics("Data Analysis for Decision Making"));
    assertEquals(List.of("Statistics", "R"), CourseTitles.topics("Statistics and R"));
    assertEquals(List.of("Build An Online Bank", "Java", "Angular 2", "Spring"),
        CourseTitles.topics("Build An Online Bank With Java, Angular 2, Spring and More"));
  }

  @Test
  void sentencesAndBlanksNameNoTopic() {
    assertEquals(List.of("INVEST"), CourseTitles.topics("Learn how to INVEST for huge profits or make it big trading!"));
    assertEquals(List.of("Start Trading Penny Stocks"),
        CourseTitles.topics("How To Start Trading Penny Stocks In 10 Easy Steps 2017"));
    assertEquals(List.of(), CourseTitles.topics("  "));
    assertEquals(List.of(), CourseTitles.topics(null));
  }
}
