package dev.skillgap.occupation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.skillgap.occupation.MedicalPosts.Post;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MedicalPostsTest {

  static Post post(String title) {
    return MedicalPosts.of(TitleWords.of(title));
  }

  @Test
  void aDoctorsWordOrAGradeBesideASpecialtyNamesADoctorsPostAndAnotherProfessionNever() {
    Map<String, Post> expected = new LinkedHashMap<>();
    expected.put("Consultant Histopathologist", Post.SPECIALISED_DOCTOR);
    expected.put("Consultant in Acute Medicine", Post.SPECIALISED_DOCTOR);
    expected.put("Speciality Doctor - Anaesthetics", Post.SPECIALISED_DOCTOR);
    expected.put("Locum Cardiothoracic Surgery", Post.SPECIALISED_DOCTOR);
    expected.put("Neonatal Transport Fellow", Post.SPECIALISED_DOCTOR);
    expected.put("Salaried GP", Post.GENERAL_PRACTITIONER);
    expected.put("General Practitioner with Special Interest in Dermatology", Post.GENERAL_PRACTITIONER);
    // a grade alone, or beside no specialty
    expected.put("Consultant", Post.NONE);
    expected.put("Research Fellow, Machine Learning", Post.NONE);
    expected.put("Locum Pharmacist", Post.NONE);
    // another profession or a post that is not a doctor's, whatever the specialty
    expected.put("Consultant Nurse - Acute Medicine", Post.NONE);
    expected.put("Consultant Clinical Psychologist", Post.NONE);
    expected.put("Medical Secretary to the Consultant Cardiologist", Post.NONE);
    expected.put("Doctors' Rota Coordinator", Post.NONE);
    expected.put("Cardiac Physiologist", Post.NONE);
    expected.put("GP Practice Manager", Post.NONE);
    expected.put("Advanced Practitioner - GP Practices", Post.NONE);
    expected.put("Consultant in Paediatric Dentistry", Post.NONE);
    expected.put("Advanced Nurse Practitioner - Emergency Medicine", Post.NONE);
    Map<String, Post> got = new LinkedHashMap<>();
    expected.keySet().forEach(t -> got.put(t, post(t)));
    assertEquals(expected, got);
  }
}
